// The coupon as every backend returns it: Wix's v2 Coupon object, with times as epoch milliseconds.
import type { CouponType } from "./coupon-types";
import type { CouponSpecification } from "./specification";

export interface DisplayData {
  name?: string;
  formattedPrice?: string;
  mediaItem?: { url: string; width?: number; height?: number };
}

export type StoredSpecification = CouponSpecification & { type: CouponType };

/** A stored specification as one is written: without the read-only `type`, which its value field implies. */
export function writableSpecification(specification: StoredSpecification | CouponSpecification): CouponSpecification {
  const { type: _type, ...rest } = specification as StoredSpecification;
  void _type;
  return rest as CouponSpecification;
}

export interface Coupon {
  id: string;
  specification: StoredSpecification;
  dateCreated: number;
  expired: boolean;
  numberOfUsages: number;
  displayData?: DisplayData;
  appId?: string;
}
