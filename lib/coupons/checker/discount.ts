// What a coupon takes off the customer's items, line by line, in whole cents: never below zero,
// never above a line's total, and never above the order's subtotal in all.
import { formatPercent } from "../domain/format";
import type { Coupon } from "../domain/model";
import { scopeFit, type OrderItem } from "./scope-match";
import { subtotalOf } from "./rules";
import type { CheckContext, CheckRequest, Discount, DiscountLine } from "./types";
import { count, fromCents, money, spread, toCents } from "./words";

interface Line {
  item: OrderItem & { line: number };
  unitCents: number;
  totalCents: number;
}

/** Wix: "only the lowest priced item is discounted"; bookings coupons always work that way. */
export const limitedToOne = (coupon: Coupon) =>
  Boolean(coupon.specification.limitedToOneItem) || coupon.specification.scope?.namespace === "bookings";

const lowestFirst = (a: Line, b: Line) => a.unitCents - b.unitCents || a.item.line - b.item.line;

function coveredLines(coupon: Coupon, request: CheckRequest): Line[] {
  return scopeFit(coupon, request)
    .inScope.filter((item): item is OrderItem & { line: number } => item.line !== undefined)
    .map((item) => ({ item, unitCents: toCents(item.unitPrice), totalCents: toCents(item.unitPrice) * item.quantity }));
}

/** Per line, in cents, and a note for each; `note` for the whole when nothing could be taken off. */
function amounts(coupon: Coupon, lines: Line[], currency: string): { cents: number[]; notes: string[]; note?: string } {
  const spec = coupon.specification;
  const m = (cents: number) => money(cents, currency);
  const none = lines.map(() => 0);
  const lowest = [...lines].sort(lowestFirst)[0];
  /** Only one unit of the lowest-priced line is discounted: `offOne` of its price, described as `what`. */
  const onLowest = (offOne: (unitCents: number) => number, what: string) => ({
    cents: lines.map((l) => (l === lowest ? offOne(l.unitCents) : 0)),
    notes: lines.map((l) => (l === lowest ? `${what} off one (the lowest-priced)` : "Not discounted: one item per order")),
  });
  if (spec.percentOffRate !== undefined) {
    const rate = spec.percentOffRate;
    if (limitedToOne(coupon)) return onLowest((unit) => Math.round((unit * rate) / 100), formatPercent(rate));
    return {
      cents: lines.map((l) => Math.round((l.totalCents * rate) / 100)),
      notes: lines.map((l) => `${formatPercent(rate)} off ${l.item.quantity} × ${m(l.unitCents)}`),
    };
  }
  if (spec.moneyOffAmount !== undefined) {
    const off = toCents(spec.moneyOffAmount);
    if (limitedToOne(coupon)) return onLowest((unit) => Math.min(off, unit), m(off));
    const total = lines.reduce((sum, l) => sum + l.totalCents, 0);
    return {
      cents: spread(
        Math.min(off, total),
        lines.map((l) => l.totalCents),
      ),
      notes: lines.map(() => `Its share of ${m(off)} off`),
    };
  }
  if (spec.fixedPriceAmount !== undefined) {
    const sale = toCents(spec.fixedPriceAmount);
    return {
      cents: lines.map((l) => Math.max(0, l.unitCents - sale) * l.item.quantity),
      notes: lines.map((l) => (l.unitCents > sale ? `Sale price ${m(sale)} each` : `Already at or below the sale price of ${m(sale)}`)),
    };
  }
  if (spec.buyXGetY) {
    // [guess] Once per order: Wix doesn't say whether Buy X get Y repeats for every X + Y items.
    const { x, y } = spec.buyXGetY;
    const units = lines.reduce((sum, l) => sum + l.item.quantity, 0);
    if (units < x + y) {
      return {
        cents: none,
        notes: lines.map(() => `Counts toward buy ${x}`),
        note: `Add ${count(x + y - units, "more item")} it covers to get ${y} free.`,
      };
    }
    const free = lines.map(() => 0);
    let left = y;
    for (const line of [...lines].sort(lowestFirst)) {
      const take = Math.min(left, line.item.quantity);
      free[lines.indexOf(line)] = take;
      left -= take;
      if (left === 0) break;
    }
    return {
      cents: lines.map((l, i) => free[i]! * l.unitCents),
      notes: lines.map((l, i) => (free[i] ? `${free[i]} of ${units} free: the lowest-priced` : `Bought (buy ${x} get ${y})`)),
    };
  }
  return { cents: none, notes: lines.map(() => "") };
}

export function discountFor(coupon: Coupon, request: CheckRequest, context: CheckContext): Discount {
  const freeShipping = coupon.specification.freeShipping === true;
  const lines = freeShipping ? [] : coveredLines(coupon, request);
  const { cents, notes, note } = amounts(coupon, lines, context.currency);
  const capped = cents.map((c, i) => Math.max(0, Math.min(c, lines[i]!.totalCents)));
  const subtotal = subtotalOf(request);
  const limit = subtotal === undefined ? Number.POSITIVE_INFINITY : Math.max(0, toCents(subtotal));
  const sum = capped.reduce((a, b) => a + b, 0);
  // A subtotal given below the items' total caps the discount: shared out as the lines' amounts are.
  const final = sum > limit ? spread(limit, capped) : capped;
  const discountLines: DiscountLine[] = lines.map((l, i) => ({
    line: l.item.line,
    name: l.item.name,
    amount: fromCents(final[i]!),
    note: notes[i]!,
  }));
  return {
    lines: discountLines,
    total: fromCents(final.reduce((a, b) => a + b, 0)),
    freeShipping,
    currency: context.currency,
    ...(note ? { note } : {}),
  };
}
