import "server-only";
// Names for single-item coupons in the table and the drawer: Wix's displayData where it gave one,
// else the catalogue's, looked up for the whole page at once (lib/server/catalogue/look-up.ts).
import type { Coupon } from "@/lib/coupons/domain/model";
import { itemOfCoupon, refKey, type ItemLookUp } from "./look-up";

export async function withItemNames(coupons: Coupon[], lookUp: ItemLookUp): Promise<Coupon[]> {
  const unnamed = coupons.filter((coupon) => !coupon.displayData?.name && itemOfCoupon(coupon));
  if (unnamed.length === 0) return coupons;
  const found = await lookUp.find(unnamed.map((coupon) => itemOfCoupon(coupon)!));
  return coupons.map((coupon) => {
    const ref = coupon.displayData?.name ? undefined : itemOfCoupon(coupon);
    const item = ref && found.get(refKey(ref));
    if (!item) return coupon;
    return {
      ...coupon,
      displayData: { ...coupon.displayData, name: item.name, ...(item.formattedPrice ? { formattedPrice: item.formattedPrice } : {}) },
    };
  });
}
