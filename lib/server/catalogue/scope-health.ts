import "server-only";
// The "Needs attention" sweep: every coupon that is switched on and not yet over, whose one item is
// gone, hidden or over. Coupons are read 100 a page; their items are looked up fresh, grouped by
// kind and 100 ids per call (look-up.ts), all through the site's throttle. 10,000 coupons pointing
// at 300 items cost 100 + 3 calls. Progress is reported after every call.
import type { CouponStatus } from "@/lib/coupons/domain/status";
import { describeScope } from "@/lib/coupons/domain/format";
import { MAX_LIMIT, parseQuery } from "@/lib/coupons/query/query";
import { itemProblem, type ItemProblemKind } from "@/lib/coupons/domain/scope-health";
import { statusOf } from "@/lib/coupons/domain/status";
import type { Coupon } from "@/lib/coupons/domain/model";
import { itemOfCoupon, refKey } from "./look-up";
import type { CatalogueItem } from "@/lib/coupons/domain/catalogue";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import type { ItemLookUp } from "./look-up";

const nameOf = (item: CatalogueItem | null | undefined) => (item ? { name: item.name } : undefined);

export interface AttentionRow {
  id: string;
  code: string;
  name: string;
  status: CouponStatus;
  /** "Product: Rain Jacket", or the id when the item is gone. */
  appliesTo: string;
  problem: ItemProblemKind;
  reason: string;
}

export type SweepEvent =
  | { type: "progress"; phase: "coupons" | "items"; done: number; total: number }
  | {
      type: "done";
      rows: AttentionRow[];
      couponsChecked: number;
      itemsChecked: number;
      /** Live or scheduled coupons whose item couldn't be checked (the catalogue refused, or can't see it), by kind. */
      unchecked: { group: string; coupons: number }[];
      calls: number;
    };

const LIVE_STATUSES: readonly CouponStatus[] = ["Active", "Scheduled"];

/** Switched on and not expired: live now or scheduled (or used up, which is left out below). */
const LIVE_QUERY = { filter: { active: { $eq: true }, expired: { $eq: false } }, sort: [{ _dateCreated: "desc" }] };

export interface SweepDeps {
  gateway: CouponGateway;
  lookUp: ItemLookUp;
  timeZone: string;
  currency: string;
  now?: () => number;
}

/** The sweep itself, over any backend (the benchmark runs it against the emulator). */
export async function* sweep({ gateway, lookUp, timeZone, currency, now: clock = Date.now }: SweepDeps): AsyncGenerator<SweepEvent> {
  let calls = 0;
  const pointing: Coupon[] = [];
  let checked = 0;
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const { items, totalResults } = await gateway.query({ ...parseQuery(LIVE_QUERY), limit: MAX_LIMIT, offset });
    calls++;
    checked += items.length;
    pointing.push(...items.filter((coupon) => itemOfCoupon(coupon)));
    yield { type: "progress", phase: "coupons", done: checked, total: Math.max(totalResults, checked) };
    if (items.length < MAX_LIMIT || checked >= totalResults) break;
  }

  const refs = pointing.map((coupon) => itemOfCoupon(coupon)!);
  const before = lookUp.calls;
  const progress: SweepEvent[] = [];
  const found = await lookUp.find(refs, {
    fresh: true,
    onProgress: (done, total) => void progress.push({ type: "progress", phase: "items", done, total }),
  });
  yield* progress;
  calls += lookUp.calls - before;

  const now = clock();
  const unchecked = new Map<string, number>();
  const troubled = pointing.flatMap((coupon) => {
    // Live or scheduled: a used-up coupon can't be redeemed whatever it points at.
    if (!LIVE_STATUSES.includes(statusOf(coupon, now))) return [];
    const ref = itemOfCoupon(coupon)!;
    if (!found.has(refKey(ref))) unchecked.set(ref.group, (unchecked.get(ref.group) ?? 0) + 1);
    const problem = itemProblem(ref.group, found.get(refKey(ref)), now, timeZone);
    return problem ? [{ coupon, problem }] : [];
  });
  const rows = troubled.map(({ coupon, problem }): AttentionRow => ({
    id: coupon.id,
    code: coupon.specification.code,
    name: coupon.specification.name,
    status: statusOf(coupon, now),
    appliesTo: describeScope(
      coupon.specification,
      coupon.displayData?.name ? coupon.displayData : nameOf(found.get(refKey(itemOfCoupon(coupon)!))),
      currency,
    ),
    problem: problem.kind,
    reason: problem.reason,
  }));
  rows.sort((a, b) => a.code.localeCompare(b.code));
  yield {
    type: "done",
    rows,
    couponsChecked: checked,
    itemsChecked: new Set(refs.map(refKey)).size,
    unchecked: [...unchecked].map(([group, coupons]) => ({ group, coupons })),
    calls,
  };
}
