// Wix v2 Coupon object ⇄ the flat "Marketing/Coupons" collection row the table mirrors.
import { COUPON_TYPES, type CouponType, type TypeField } from "./coupon-types";
import type { Coupon, DisplayData, StoredSpecification } from "./model";
import type { CouponTypeValue, SpecificationBase } from "./specification";

/**
 * One row of the Marketing/Coupons collection: the specification's fields flattened beside the
 * coupon's own. `active` is always present (Wix defaults it to true). Times are epoch milliseconds.
 */
export type CouponRow = Omit<SpecificationBase, "active"> &
  Partial<{ [K in TypeField]: NonNullable<CouponTypeValue[K]> }> & {
    _id: string;
    active: boolean;
    type: CouponType;
    _dateCreated: number;
    numberOfUsages: number;
    expired: boolean;
    displayData?: DisplayData;
    appId?: string;
  };

export function couponToRow(coupon: Coupon): CouponRow {
  const { type, active, ...spec } = coupon.specification;
  return {
    _id: coupon.id,
    ...spec,
    active: active !== false,
    type,
    _dateCreated: coupon.dateCreated,
    numberOfUsages: coupon.numberOfUsages,
    expired: coupon.expired,
    ...(coupon.displayData ? { displayData: coupon.displayData } : {}),
    ...(coupon.appId ? { appId: coupon.appId } : {}),
  };
}

export function rowToCoupon(row: CouponRow): Coupon {
  const { _id, _dateCreated, numberOfUsages, expired, displayData, appId, ...spec } = row;
  if (!(COUPON_TYPES as readonly string[]).includes(spec.type)) throw new Error(`Unknown coupon type ${spec.type}`);
  return {
    id: _id,
    specification: spec as StoredSpecification,
    dateCreated: _dateCreated,
    numberOfUsages,
    expired,
    ...(displayData ? { displayData } : {}),
    ...(appId ? { appId } : {}),
  };
}
