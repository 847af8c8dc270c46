// The one rule for "is this the same coupon": two specifications are the same when every field
// means the same. Four questions read it: which fields an edit changed (the form), whether a retried
// create found its own coupon (the create action and the Wix gateway), a coupon's revision (the
// "changed elsewhere" check) and what the audit log records as changed.
//
// What "means the same" covers:
// - a switch left out is its default: `active` is on, `limitedToOneItem` and
//   `appliesToSubscriptions` are off, and `freeShipping: false` is no free shipping (Velo clients
//   send it beside another type);
// - `null` and a missing field are the same (Wix clears a field sent as null);
// - key order and the read-only `type` (implied by the value field) don't count.

/** Switches whose absence means a value; written out explicitly when compared. */
export const SWITCH_DEFAULTS = { active: true, limitedToOneItem: false, appliesToSubscriptions: false } as const;

/** Fields whose `false` means "not set" (only freeShipping: another type's coupon says false). */
const FALSE_IS_ABSENT = new Set(["freeShipping"]);

/** Keys that never take part: read-only on Wix, implied by the rest. */
const IGNORED = new Set(["type"]);

/** A field's value as it is meant: defaults filled in, "not set" as undefined. */
export function meaningOf(key: string, value: unknown): unknown {
  if (value === null || value === undefined)
    return key in SWITCH_DEFAULTS ? SWITCH_DEFAULTS[key as keyof typeof SWITCH_DEFAULTS] : undefined;
  if (value === false && FALSE_IS_ABSENT.has(key)) return undefined;
  return value;
}

/** Structural equality for specification values: numbers, strings, booleans, small objects; null is undefined. */
function sameStructure(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const set = (o: object) =>
    Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined && (o as Record<string, unknown>)[k] !== null);
  const keysA = set(a);
  const keysB = set(b);
  return (
    keysA.length === keysB.length && keysA.every((k) => sameStructure((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Whether one field holds the same value in both, by meaning. */
export function sameFieldValue(key: string, a: unknown, b: unknown): boolean {
  if (IGNORED.has(key)) return true;
  return sameStructure(meaningOf(key, a), meaningOf(key, b));
}

const keysOf = (...specs: object[]) => [...new Set(specs.flatMap((s) => Object.keys(s)))].filter((k) => !IGNORED.has(k)).sort();

/** The fields whose meaning differs, in a stable (alphabetical) order. */
export function differingFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return keysOf(before, after).filter((key) => !sameFieldValue(key, a[key], b[key]));
}

/** Whether two specifications (stored, parsed or as sent) are the same coupon. */
export function sameSpecification(a: object, b: object): boolean {
  return differingFields(a, b).length === 0;
}

export interface FieldChange {
  field: string;
  /** The value as meant: a switch left out shows its default; a field not set is null. */
  before: unknown;
  after: unknown;
}

/** What changed between two specifications, for the audit log and its readers. */
export function fieldChanges(before: object, after: object): FieldChange[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return differingFields(before, after).map((field) => ({
    field,
    before: meaningOf(field, a[field]) ?? null,
    after: meaningOf(field, b[field]) ?? null,
  }));
}

/**
 * A specification written out by meaning, keys sorted at every level: equal exactly when
 * `sameSpecification` says so, so a fingerprint of it is a revision.
 */
export function canonicalText(spec: object): string {
  const record = spec as Record<string, unknown>;
  const meant = Object.fromEntries(
    keysOf(spec, SWITCH_DEFAULTS).flatMap((key) => {
      const value = meaningOf(key, record[key]);
      return value === undefined ? [] : [[key, value]];
    }),
  );
  return canonicalJson(meant);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
