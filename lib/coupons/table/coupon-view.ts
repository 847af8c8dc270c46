// What the table, the details drawer and the CSV show of a coupon: readable text for every column,
// made once on the server (in the merchant's time zone and currency), so the browser ships no
// date or money formatting.
import type { CouponType } from "../domain/coupon-types";
import type { FieldId } from "../domain/fields";
import type { BackendCapabilities } from "../domain/gateway";
import type { CouponStatus } from "../domain/status";

export interface DateView {
  /** Epoch ms, for <time dateTime> and for the CSV. */
  ms: number;
  /** "14 May 2024, 09:00", in the merchant's time zone. */
  text: string;
  /** "ends in 3 days", "ended 2 months ago"; null when a hint would add nothing. */
  hint: string | null;
}

export type DateField = "startTime" | "expirationTime" | "_dateCreated";

export interface CouponView {
  id: string;
  code: string;
  name: string;
  type: CouponType;
  status: CouponStatus;
  active: boolean;
  uses: number;
  usageLimit: number | null;
  /** Readable text of every table column but the dates (see `dates`); absent where the coupon has no value. */
  text: Partial<Record<FieldId, string>>;
  dates: Partial<Record<DateField, DateView>>;
  /** Pricing plans only: how many billing cycles the discount lasts (not a collection field). */
  discountedCycleCount: number | null;
  /** Uses a day over the last 7 days, as an SVG polyline and in words; absent before the first snapshot. */
  recentUse?: { points: string; label: string };
}

export interface CouponPage {
  rows: CouponView[];
  total: number;
  page: number;
  pageSize: number;
}

/** The answer of a failed GET to /api/coupons…; the table shows `message` and offers a retry. */
export interface ApiError {
  error: { code: string; message: string };
}

/** What the table needs to know about the backend and the merchant: plain data, sent to the browser. */
export interface TableSetup {
  capabilities: BackendCapabilities;
  timeZone: string;
  /** "Europe/Berlin (CEST)": shown with the dates. */
  zoneLabel: string;
  /** Today in the merchant's zone, for "expiring this week"; the server's, so the page hydrates as rendered. */
  today: string;
  backendLabel: string;
}
