// The export's "Applies to" column read back ("All store products", "Product: Rain Jacket",
// "Orders over $50.00", "Whole order", "All tickets"): every label comes from describeScope over
// the scope matrix, so the import reads exactly the words the table and the export write. An item
// is read as the text after its group's label; the catalogue turns it into an id later.
import type { ItemKind } from "../domain/catalogue";
import { describeScope, formatMoney } from "../domain/format";
import { SCOPE_RULES } from "../domain/scope-matrix";
import type { CouponScope } from "../domain/specification";
import { readMoney, type Read } from "./cell-values";
import { matchPattern, patternOf, sameWords } from "./formatter-pattern";

export interface ScopeValue {
  scope?: CouponScope;
  minimumSubtotal?: number;
  /** The item's name (or id), still to be found in the catalogue. */
  item?: { kind: ItemKind; text: string };
}

const MARKER = "\u0001item\u0001";
const AMOUNT = 1234.5;

/**
 * Whole namespaces and groups without their item, each under the words describeScope gives it (a
 * group that needs its item reads "Product: none chosen", which the schema then refuses by name).
 */
const NAMED: { label: string; scope: CouponScope }[] = SCOPE_RULES.map((rule) => {
  const scope: CouponScope = rule.group ? { namespace: rule.namespace, group: { name: rule.group } } : { namespace: rule.namespace };
  return { label: describeScope({ scope }), scope };
});

/** One item of a group: "Product: " and the item's name. */
const ITEMS = SCOPE_RULES.flatMap((rule) => {
  if (!rule.group || rule.entityId === "forbidden") return [];
  const sample = describeScope({ scope: { namespace: rule.namespace, group: { name: rule.group, entityId: "id" } } }, { name: MARKER });
  return [{ kind: { namespace: rule.namespace, group: rule.group }, pattern: patternOf(sample, [MARKER]) }];
});

const itemExample = (kind: ItemKind) =>
  describeScope({ scope: { namespace: kind.namespace, group: { name: kind.group, entityId: "id" } } }, { name: "…" });

/** The labels the import reads, for the page's explanation: "All store products", "Product: <name>"… */
export function scopeExamples(currency: string): string[] {
  return [
    ...NAMED.filter((n) => !n.scope.group).map((n) => n.label),
    ...ITEMS.map((i) => itemExample(i.kind)),
    describeScope({ minimumSubtotal: 50 }, undefined, currency),
    describeScope({ freeShipping: true }),
  ];
}

export function readScopeText(text: string, currency: string): Read<ScopeValue> {
  const named = NAMED.find((n) => sameWords(n.label, text));
  if (named) return { value: { scope: named.scope } };
  // Free shipping's "Whole order": no scope and no minimum.
  if (sameWords(describeScope({ freeShipping: true }), text)) return { value: {} };
  const orders = patternOf(describeScope({ minimumSubtotal: AMOUNT }, undefined, currency), [formatMoney(AMOUNT, currency)]);
  const minimum = matchPattern(orders, text);
  if (minimum) {
    const read = readMoney(minimum[0]!, currency);
    return "value" in read ? { value: { minimumSubtotal: read.value } } : read;
  }
  for (const { kind, pattern } of ITEMS) {
    const [name] = matchPattern(pattern, text) ?? [];
    if (name) return { value: { scope: { namespace: kind.namespace, group: { name: kind.group } }, item: { kind, text: name } } };
  }
  const examples = [NAMED[0]!.label, itemExample(ITEMS[0]!.kind), describeScope({ minimumSubtotal: 50 }, undefined, currency)];
  const [first, second, third] = examples.map((example) => `“${example}”`);
  return { problem: `write what the coupon applies to as the table does, such as ${first}, ${second} or ${third}` };
}
