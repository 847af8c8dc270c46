// An edit sends only what the person changed. The update is taken against the coupon as stored,
// field by field, never against the form's defaults:
// - a field is a candidate only when the person changed one of its inputs (a time the person never
//   touched keeps its seconds; a switch the form doesn't show is never sent);
// - a candidate is sent only when its value differs from the stored one by meaning (spec-equality);
// - a change can make a stored value break a rule (bookings take no per-customer limit): that field
//   follows the form, which hides or locks it, and is cleared or set with it;
// - what the coupon already broke before the edit (made elsewhere) never blocks it (update.ts).
import { z } from "zod";
import type { FieldViolation } from "../domain/errors";
import { draftSpecification, formPathOf, inMerchantWords, type FormIssue } from "./form-schema";
import { couponFormValuesSchema, type CouponFormValues } from "./form-values";
import { sameFieldValue } from "../domain/spec-equality";
import { SPECIFICATION_KEYS, type CouponSpecification } from "../domain/specification";
import { introducedViolations, mergeUpdate, parseUpdate, topField, type CouponUpdate } from "../domain/update";
import { isCouponError } from "../domain/errors";

type SpecKey = (typeof SPECIFICATION_KEYS)[number];

/** The form inputs each specification field is written from. */
const INPUTS: Record<SpecKey, (v: CouponFormValues) => unknown> = {
  name: (v) => v.name,
  code: (v) => v.code,
  startTime: (v) => v.start,
  expirationTime: (v) => [v.endMode, v.endMode === "date" ? v.end : ""],
  usageLimit: (v) => v.usageLimit,
  limitPerCustomer: (v) => v.limitPerCustomer,
  limitedToOneItem: (v) => v.limitedToOneItem,
  appliesToSubscriptions: (v) => v.appliesToSubscriptions,
  discountedCycleCount: (v) => v.discountedCycleCount,
  active: (v) => v.active,
  minimumSubtotal: (v) => [v.target, v.minimumSubtotal],
  scope: (v) => [v.target, v.scope.namespace, v.scope.group, v.scope.entityId],
  moneyOffAmount: (v) => (v.type === "MoneyOff" ? v.moneyOffAmount : undefined),
  percentOffRate: (v) => (v.type === "PercentOff" ? [v.percentOffRate, v.confirmFullDiscount] : undefined),
  fixedPriceAmount: (v) => (v.type === "FixedPrice" ? v.fixedPriceAmount : undefined),
  freeShipping: (v) => v.type === "FreeShipping",
  buyXGetY: (v) => (v.type === "BuyXGetY" ? v.buyXGetY : undefined),
};

/** The specification field a form path belongs to ("start" → startTime, "scope.entityId" → scope). */
export function specKeyOfFormPath(path: string): SpecKey | "root" {
  const head = path.split(".")[0]!;
  if (head === "start") return "startTime";
  if (head === "end" || head === "endMode") return "expirationTime";
  if (head === "confirmFullDiscount") return "percentOffRate";
  if (head === "target") return "scope";
  return (SPECIFICATION_KEYS as readonly string[]).includes(head) ? (head as SpecKey) : "root";
}

/** The fields whose inputs the person changed since the form opened. */
export function touchedFields(initial: CouponFormValues, values: CouponFormValues): Set<SpecKey> {
  const json = (x: unknown) => JSON.stringify(x ?? null);
  return new Set(SPECIFICATION_KEYS.filter((key) => json(INPUTS[key](initial)) !== json(INPUTS[key](values))));
}

export interface EditContext {
  /** The coupon as stored, as the form opened it (without the read-only type). */
  stored: CouponSpecification;
  /** The form's values as it opened: the baseline for what the person touched. */
  initial: CouponFormValues;
  timeZone: string;
}

export interface EditCheck {
  /** The update to send: only what changed; a cleared field as null. */
  changes: CouponUpdate;
  /** The problems, each on the form field it belongs to; the update is sent only when none. */
  issues: FormIssue[];
}

const put = (changes: Record<string, unknown>, key: string, stored: Record<string, unknown>, draft: Record<string, unknown>) => {
  if (!sameFieldValue(key, stored[key], draft[key])) changes[key] = draft[key] ?? null;
};

/** Form values → the update an edit sends, and the problems that stop it. */
export function checkEditValues(values: CouponFormValues, context: EditContext): EditCheck {
  const { stored, initial, timeZone } = context;
  const draft = draftSpecification(values, timeZone);
  const touched = touchedFields(initial, values);
  // The form's own problems (text that isn't a number, an empty choice) count only on what the
  // person changed: a coupon made elsewhere can hold what the form can't show.
  const issues = draft.issues.filter((issue) => {
    const key = specKeyOfFormPath(issue.path);
    return key === "root" || touched.has(key);
  });
  const blocked = new Set(issues.map((i) => specKeyOfFormPath(i.path)));
  const before = stored as unknown as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const key of touched) if (!blocked.has(key)) put(changes, key, before, draft.spec);

  // Consequences: a field the person didn't touch that the change now makes invalid (bookings take
  // no per-customer limit; a sale price needs a store scope) follows the form, which hid or locked it.
  for (let round = 0; round < 3; round++) {
    const extra = introducedViolations(stored, changes as CouponUpdate, mergeUpdate(stored, changes))
      .map((v) => topField(v.field))
      .filter((key): key is SpecKey => !(key in changes) && !touched.has(key as SpecKey) && key in INPUTS);
    if (extra.length === 0) break;
    for (const key of extra) put(changes, key, before, draft.spec);
  }

  if (issues.length > 0) return { changes: changes as CouponUpdate, issues };
  if (Object.keys(changes).length === 0) return { changes: {}, issues };
  return { changes: changes as CouponUpdate, issues: domainIssues(stored, changes) };
}

/** The update schema, then what the merged coupon would break that it didn't before: on the form's fields. */
function domainIssues(stored: CouponSpecification, changes: Record<string, unknown>): FormIssue[] {
  let violations: FieldViolation[];
  try {
    parseUpdate(changes);
    violations = introducedViolations(stored, changes as CouponUpdate, mergeUpdate(stored, changes));
  } catch (error) {
    if (!isCouponError(error)) throw error;
    violations = error.violations;
  }
  const issues: FormIssue[] = [];
  for (const violation of violations) {
    const path = formPathOf(violation.field);
    if (!issues.some((i) => i.path === path)) issues.push({ path, message: inMerchantWords(violation.description) });
  }
  return issues;
}

/** What a valid edit hands to the save: the update, and the name and switch it leaves the coupon with. */
export interface EditOutcome {
  changes: CouponUpdate;
  name: string;
  active: boolean;
}

/** The schema react-hook-form validates an edit with: form values in, the update out. */
export function couponEditSchema(context: EditContext) {
  return couponFormValuesSchema.transform((values, ctx): EditOutcome => {
    const { changes, issues } = checkEditValues(values, context);
    for (const { path, message } of issues) ctx.addIssue({ code: "custom", message, path: path.split(".") });
    if (issues.length > 0) return z.NEVER;
    const after = mergeUpdate(context.stored, changes as Record<string, unknown>);
    return { changes, name: String(after.name), active: after.active !== false };
  });
}
