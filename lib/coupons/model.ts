// The coupon as every backend returns it: Wix's v2 Coupon object, with times as epoch milliseconds.
import type { CouponType } from "./coupon-types";
import type { CouponSpecification } from "./specification";

export interface DisplayData {
  name?: string;
  formattedPrice?: string;
  mediaItem?: { url: string; width?: number; height?: number };
}

export type StoredSpecification = CouponSpecification & { type: CouponType };

export interface Coupon {
  id: string;
  specification: StoredSpecification;
  dateCreated: number;
  expired: boolean;
  numberOfUsages: number;
  displayData?: DisplayData;
  appId?: string;
}
