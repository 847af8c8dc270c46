// The form's schema: form values → a specification, then the domain's couponSpecificationSchema
// with every rule, its violations mapped back onto the fields the merchant sees. The browser form
// (zodResolver) parses with this; the server action parses the same specification schema again.
import { z } from "zod";
import { entityMode, itemNoun, limitOptions, minimumIsOptional, WHOLE_NAMESPACE } from "./form-options";
import { couponFormValuesSchema, type CouponFormValues } from "./form-values";
import { FULL_DISCOUNT_UNCONFIRMED, needsFullDiscountConfirmation } from "../domain/guardrails";
import { NAMESPACE_LABELS, type Namespace } from "../domain/scope-matrix";
import { wordsOf, type FieldId } from "../domain/fields";
import { couponSpecificationSchema, violationsFrom, type CouponSpecification } from "../domain/specification";
import { fromZonedInput } from "../time/zoned-input";

export interface FormIssue {
  /** A form field path (`start`, `scope.entityId`), or "root" for the whole form. */
  path: string;
  message: string;
}

/** The form fields that carry a type's value. */
const TYPE_VALUE_PATHS = new Set(["moneyOffAmount", "percentOffRate", "fixedPriceAmount", "buyXGetY.x", "buyXGetY.y"]);

/** Specification paths whose form field has another name; every other path is the same. */
const FORM_PATHS: Record<string, string> = {
  "": "root",
  type: "type",
  startTime: "start",
  expirationTime: "end",
  scope: "scope.namespace",
  "scope.namespace": "scope.namespace",
  "scope.group": "scope.group",
  "scope.group.name": "scope.group",
  "scope.group.entityId": "scope.entityId",
};

const FORM_FIELDS = new Set([
  "name",
  "code",
  "usageLimit",
  "limitPerCustomer",
  "limitedToOneItem",
  "appliesToSubscriptions",
  "discountedCycleCount",
  "active",
  "minimumSubtotal",
  "moneyOffAmount",
  "percentOffRate",
  "fixedPriceAmount",
  "buyXGetY.x",
  "buyXGetY.y",
]);

/** The form field for a specification path (as the domain and the server report them). */
export function formPathOf(specPath: string): string {
  const path = specPath.replace(/^(specification|changes)\./, "");
  if (path in FORM_PATHS) return FORM_PATHS[path]!;
  if (FORM_FIELDS.has(path)) return path;
  if (path === "buyXGetY") return "buyXGetY.x";
  return "root";
}

const fieldWords = (id: FieldId): [RegExp, string] => [new RegExp(`\\b${id}\\b`, "g"), wordsOf(id)];
/** The words a merchant knows for the field names, inside messages: the catalogue's labels, else words of their own. */
const WORDS: [RegExp, string][] = [
  fieldWords("usageLimit"),
  fieldWords("limitPerCustomer"),
  fieldWords("limitedToOneItem"),
  [/\bappliesToSubscriptions\b/g, "subscriptions"],
  [/\bdiscountedCycleCount\b/g, "discounted cycles"],
  fieldWords("minimumSubtotal"),
  fieldWords("moneyOffAmount"),
  fieldWords("percentOffRate"),
  fieldWords("fixedPriceAmount"),
  [/\bbuyXGetY\.x\b/g, "buy quantity"],
  [/\bbuyXGetY\.y\b/g, "free quantity"],
  fieldWords("buyXGetY"),
  fieldWords("freeShipping"),
  [/\bexpirationTime\b/g, "end"],
  [/\bstartTime\b/g, "start"],
  [/\bentityId\b/g, "item"],
];

/** A domain message in a merchant's words: "usageLimit must be at least 1" → "Usage limit must be at least 1". */
export function inMerchantWords(message: string): string {
  const text = WORDS.reduce((acc, [pattern, words]) => acc.replace(pattern, words), message);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MONEY = /^\d+(?:[.,]\d{1,2})?$/;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;
const WHOLE = /^-?\d+(?:[.,]\d+)?$/;
/** A typed number: a decimal comma reads as a point. */
export const toNumber = (text: string) => Number(text.replace(",", "."));

export interface Draft {
  /** The specification as far as the values go; the domain schema judges it. */
  spec: Record<string, unknown>;
  /** What the form itself can tell: an empty required choice, text that isn't a number or date. */
  issues: FormIssue[];
}

/**
 * Form values → a candidate specification. Only fields the form shows for this type and scope
 * are taken, so a hidden value can never cause an invisible error.
 */
export function draftSpecification(values: CouponFormValues, timeZone: string): Draft {
  const issues: FormIssue[] = [];
  const spec: Record<string, unknown> = { name: values.name.trim(), code: values.code.trim(), active: values.active };
  const issue = (path: string, message: string) => issues.push({ path, message });

  const number = (path: string, text: string, pattern: RegExp, hint: string): number | undefined => {
    const value = text.trim();
    if (value === "") return undefined;
    if (!pattern.test(value)) {
      issue(path, hint);
      return undefined;
    }
    return toNumber(value);
  };
  const put = (key: string, value: unknown) => {
    if (value !== undefined) spec[key] = value;
  };

  const start = fromZonedInput(values.start, timeZone);
  if (start.ok) spec.startTime = start.ms;
  else issue("start", dateProblem(start.reason, "Choose when the coupon starts.", timeZone));
  if (values.endMode === "date") {
    const end = fromZonedInput(values.end, timeZone);
    if (end.ok) spec.expirationTime = end.ms;
    else issue("end", dateProblem(end.reason, "Choose when the coupon ends, or choose “No end date”.", timeZone));
  }

  switch (values.type) {
    case "MoneyOff": {
      const amount = number("moneyOffAmount", values.moneyOffAmount, MONEY, "Enter an amount, such as 10 or 9.99.");
      if (amount === undefined && !issues.some((i) => i.path === "moneyOffAmount")) issue("moneyOffAmount", "Enter the amount off.");
      put("moneyOffAmount", amount);
      break;
    }
    case "PercentOff": {
      const rate = number("percentOffRate", values.percentOffRate, DECIMAL, "Enter a percentage, such as 15.");
      if (rate === undefined && !issues.some((i) => i.path === "percentOffRate")) issue("percentOffRate", "Enter the percentage off.");
      put("percentOffRate", rate);
      if (needsFullDiscountConfirmation(rate) && !values.confirmFullDiscount) issue("confirmFullDiscount", FULL_DISCOUNT_UNCONFIRMED);
      break;
    }
    case "FixedPrice": {
      const price = number("fixedPriceAmount", values.fixedPriceAmount, MONEY, "Enter a price, such as 29.99.");
      if (price === undefined && !issues.some((i) => i.path === "fixedPriceAmount")) issue("fixedPriceAmount", "Enter the sale price.");
      put("fixedPriceAmount", price);
      break;
    }
    case "BuyXGetY": {
      const x = number("buyXGetY.x", values.buyXGetY.x, WHOLE, "Enter a whole number, such as 2.");
      const y = number("buyXGetY.y", values.buyXGetY.y, WHOLE, "Enter a whole number, such as 1.");
      if (x === undefined && !issues.some((i) => i.path === "buyXGetY.x")) issue("buyXGetY.x", "Enter how many items customers buy.");
      if (y === undefined && !issues.some((i) => i.path === "buyXGetY.y")) issue("buyXGetY.y", "Enter how many items they get free.");
      spec.buyXGetY = { x, y };
      break;
    }
    case "FreeShipping":
      spec.freeShipping = true;
      break;
  }

  let namespace: Namespace | null = null;
  if (values.target === "items" && !minimumIsOptional(values.type)) {
    const { scope } = values;
    if (!scope.namespace) {
      issue("scope.namespace", "Choose what the coupon applies to.");
    } else {
      namespace = scope.namespace;
      if (!scope.group) {
        issue("scope.group", `Choose which ${NAMESPACE_LABELS[namespace].toLowerCase()} the coupon applies to.`);
        spec.scope = { namespace };
      } else if (scope.group === WHOLE_NAMESPACE) {
        spec.scope = { namespace };
      } else {
        const entityId = scope.entityId.trim();
        if (entityMode(namespace, scope.group) === "required" && !entityId) {
          issue("scope.entityId", `Choose the ${itemNoun(scope.group)}.`);
        }
        spec.scope = { namespace, group: { name: scope.group, ...(entityId ? { entityId } : {}) } };
      }
    }
  } else {
    const minimum = number("minimumSubtotal", values.minimumSubtotal, MONEY, "Enter an amount, such as 50.");
    if (minimum === undefined && !minimumIsOptional(values.type) && !issues.some((i) => i.path === "minimumSubtotal")) {
      issue("minimumSubtotal", "Enter the minimum order subtotal.");
    }
    put("minimumSubtotal", minimum);
  }

  const limits = limitOptions(values.type, namespace);
  put("usageLimit", number("usageLimit", values.usageLimit, WHOLE, "Enter a whole number, such as 100, or leave it empty."));
  if (limits.limitPerCustomer.shown) {
    put(
      "limitPerCustomer",
      number("limitPerCustomer", values.limitPerCustomer, WHOLE, "Enter a whole number, such as 1, or leave it empty."),
    );
  }
  if (limits.limitedToOneItem.lockedOn || (limits.limitedToOneItem.shown && values.limitedToOneItem)) spec.limitedToOneItem = true;
  if (limits.subscriptions.shown && values.appliesToSubscriptions) {
    spec.appliesToSubscriptions = true;
    if (limits.discountedCycles.shown) {
      put(
        "discountedCycleCount",
        number("discountedCycleCount", values.discountedCycleCount, WHOLE, "Enter a whole number of billing cycles, or leave it empty."),
      );
    }
  }
  return { spec, issues };
}

function dateProblem(reason: "empty" | "invalid" | "skipped", empty: string, timeZone: string): string {
  if (reason === "empty") return empty;
  if (reason === "skipped") return `That time doesn't exist in ${timeZone}: the clocks skip it. Choose another time.`;
  return "Enter a date and time, such as 2025-06-01 09:00.";
}

/**
 * Form values → the domain's issues, each on the form field it belongs to. The form's own issues
 * come first; a domain issue on a field that already has one is left out.
 */
export function checkFormValues(values: CouponFormValues, timeZone: string): { spec?: CouponSpecification; issues: FormIssue[] } {
  const draft = draftSpecification(values, timeZone);
  const issues = [...draft.issues];
  // A type whose amount is missing or unreadable is the amount's problem, said on the amount: the
  // domain's "choose a coupon type" would only follow from it, on the wrong field.
  const valueAtFault = issues.some((i) => TYPE_VALUE_PATHS.has(i.path));
  const parsed = couponSpecificationSchema.safeParse(draft.spec, { reportInput: true });
  if (!parsed.success) {
    for (const violation of violationsFrom(parsed.error)) {
      const path = formPathOf(violation.field);
      if (path === "type" && valueAtFault) continue;
      if (!issues.some((i) => i.path === path)) issues.push({ path, message: inMerchantWords(violation.description) });
    }
  }
  return parsed.success && issues.length === 0 ? { spec: parsed.data, issues } : { issues };
}

/** The schema react-hook-form validates with: form values in, a valid specification out. */
export function couponFormSchema(timeZone: string) {
  return couponFormValuesSchema.transform((values, ctx): CouponSpecification => {
    const { spec, issues } = checkFormValues(values, timeZone);
    for (const { path, message } of issues) ctx.addIssue({ code: "custom", message, path: path.split(".") });
    return spec ?? z.NEVER;
  });
}
