import "server-only";
// Finding a coupon by its code, case-insensitively: customers' codes match regardless of case at
// checkout, so two codes that differ only in case are the same code (WIX-API-NOTES "code").
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import type { Coupon } from "@/lib/coupons/domain/model";
import { parseQuery } from "@/lib/coupons/query/query";

export async function findCouponByCode(gateway: CouponGateway, code: string): Promise<Coupon | undefined> {
  const wanted = code.toLowerCase();
  // $startsWith is case-insensitive on the store; the exact spellings cover a backend where it isn't.
  const spellings = [...new Set([code, code.toUpperCase(), code.toLowerCase()])];
  const query = parseQuery({
    filter: { $or: [{ code: { $startsWith: code } }, { code: { $hasSome: spellings } }] },
    sort: [{ code: "asc" }],
    paging: { limit: 20 },
  });
  const { items } = await gateway.query(query);
  return items.find((coupon) => coupon.specification.code.toLowerCase() === wanted);
}

/** Whether a code is free to use; `exceptId` is the coupon being edited, whose own code is fine. */
export async function isCodeAvailable(gateway: CouponGateway, code: string, exceptId?: string): Promise<boolean> {
  const found = await findCouponByCode(gateway, code);
  return !found || found.id === exceptId;
}
