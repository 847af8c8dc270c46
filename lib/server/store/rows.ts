import "server-only";
// Maps a coupon to the store's columns and back. The full specification is kept as JSON; the
// columns exist so that every catalogue field can be filtered and sorted with an index.
import { couponTypeOf, type CouponSpecification } from "@/lib/coupons/domain/specification";
import type { Coupon, DisplayData } from "@/lib/coupons/domain/model";

export interface CouponRecord {
  seq: number;
  id: string;
  code: string;
  name: string;
  type: string;
  expiration_time: number | null;
  date_created: number;
  number_of_usages: number;
  app_id: string | null;
  spec_json: string;
  display_json: string | null;
}

export interface StoredMeta {
  id: string;
  dateCreated: number;
  numberOfUsages: number;
  displayData?: DisplayData;
  appId?: string;
}

const bool = (value: boolean | undefined) => (value ? 1 : 0);

/** Named parameters for INSERT/UPDATE of one coupon. */
export function columnsOf(spec: CouponSpecification, meta: StoredMeta) {
  return {
    id: meta.id,
    code: spec.code,
    code_key: spec.code.toLowerCase(),
    name: spec.name,
    name_key: spec.name.toLowerCase(),
    type: couponTypeOf(spec),
    start_time: spec.startTime,
    expiration_time: spec.expirationTime ?? null,
    usage_limit: spec.usageLimit ?? null,
    limit_per_customer: spec.limitPerCustomer ?? null,
    applies_to_subscriptions: bool(spec.appliesToSubscriptions),
    limited_to_one_item: bool(spec.limitedToOneItem),
    active: spec.active === false ? 0 : 1,
    minimum_subtotal: spec.minimumSubtotal ?? null,
    scope_namespace: spec.scope?.namespace ?? null,
    scope_group: spec.scope?.group?.name ?? null,
    scope_entity_id: spec.scope?.group?.entityId ?? null,
    date_created: meta.dateCreated,
    number_of_usages: meta.numberOfUsages,
    display_name: meta.displayData?.name ?? null,
    display_name_key: meta.displayData?.name?.toLowerCase() ?? null,
    app_id: meta.appId ?? null,
    spec_json: JSON.stringify(spec),
    display_json: meta.displayData ? JSON.stringify(meta.displayData) : null,
  };
}

export const COLUMN_NAMES = Object.keys(
  columnsOf({ name: "x", code: "x", startTime: 0, freeShipping: true }, { id: "", dateCreated: 0, numberOfUsages: 0 }),
);

export function couponFromRecord(record: CouponRecord, now: number): Coupon {
  const spec = JSON.parse(record.spec_json) as CouponSpecification;
  return {
    id: record.id,
    specification: { ...spec, type: couponTypeOf(spec) },
    dateCreated: record.date_created,
    expired: record.expiration_time !== null && record.expiration_time <= now,
    numberOfUsages: record.number_of_usages,
    ...(record.display_json ? { displayData: JSON.parse(record.display_json) as DisplayData } : {}),
    ...(record.app_id ? { appId: record.app_id } : {}),
  };
}
