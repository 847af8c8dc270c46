// Edit sends only what changed: the fields whose value differs from the coupon as the form opened
// it, a cleared optional field as `null` (Wix clears a field sent as null). Switches compare by
// meaning, so "active left out" and "active: true" are the same and nothing is sent for them.
// Times compare at the form's precision: its inputs hold whole minutes, so a stored 09:00:12
// opened and saved untouched comes back as 09:00:00 and must not count as a change.
import type { CouponSpecification } from "./specification";
import type { CouponUpdate } from "./update";

/** Switches whose absence means a default; they are compared and sent as explicit values. */
const SWITCH_DEFAULTS = { active: true, limitedToOneItem: false, appliesToSubscriptions: false } as const;

function normalise(spec: CouponSpecification): Record<string, unknown> {
  const out: Record<string, unknown> = { ...spec };
  delete out.type;
  for (const [key, fallback] of Object.entries(SWITCH_DEFAULTS)) out[key] = out[key] ?? fallback;
  return out;
}

/** The times the form edits, as minutes in a `datetime-local` input. */
const MINUTE_FIELDS = new Set(["startTime", "expirationTime"]);
const MINUTE_MS = 60_000;

function sameField(key: string, a: unknown, b: unknown): boolean {
  if (MINUTE_FIELDS.has(key) && typeof a === "number" && typeof b === "number") {
    return Math.floor(a / MINUTE_MS) === Math.floor(b / MINUTE_MS);
  }
  return sameValue(a, b);
}

/** Structural equality for specification values (numbers, strings, booleans, small objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** The update that turns `before` into `after`: changed fields, and `null` for cleared ones. */
export function changedFields(before: CouponSpecification, after: CouponSpecification): CouponUpdate {
  const a = normalise(before);
  const b = normalise(after);
  const changes: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (sameField(key, a[key], b[key])) continue;
    changes[key] = b[key] === undefined ? null : b[key];
  }
  return changes as CouponUpdate;
}
