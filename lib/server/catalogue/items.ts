import "server-only";
// The one item look-up of this process, over the active backend's catalogue (its cache is shared
// by the table, the drawer, the form's checks and the health sweep), and the item a coupon
// points at.
import type { Coupon } from "@/lib/coupons/model";
import type { CouponScope } from "@/lib/coupons/specification";
import { catalogueGateway } from "../backend";
import { ItemLookUp, type ItemRef } from "./look-up";

const globalForItems = globalThis as unknown as { couponItemLookUp?: ItemLookUp };

export function itemLookUp(): ItemLookUp {
  globalForItems.couponItemLookUp ??= new ItemLookUp(catalogueGateway);
  return globalForItems.couponItemLookUp;
}

/** The one item a scope names (a product, a service…), or undefined for a wider scope. */
export function itemOfScope(scope: CouponScope | undefined): ItemRef | undefined {
  const group = scope?.group;
  if (!group?.entityId) return undefined;
  return { namespace: scope!.namespace, group: group.name, id: group.entityId };
}

export const itemOfCoupon = (coupon: Coupon) => itemOfScope(coupon.specification.scope);
