import "server-only";
// Families as the pages show them: the list with each one's progress, and one family with every
// code, its coupon's status and uses (read fresh, 100 coupons a call), the total used, and a CSV.
import { csvRow, CSV_BOM } from "@/lib/coupons/table/csv";
import { formatDateTime } from "@/lib/coupons/time/dates";
import { labelOf } from "@/lib/coupons/domain/fields";
import { describeScope, describeValue } from "@/lib/coupons/domain/format";
import { MAX_BULK } from "@/lib/coupons/domain/gateway";
import type { Coupon } from "@/lib/coupons/domain/model";
import { parseQuery } from "@/lib/coupons/query/query";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import { STATUS_LABELS, statusOf, type CouponStatus } from "@/lib/coupons/domain/status";
import { authorize } from "../auth/guards";
import { couponGateway } from "../backend";
import { merchantCurrency, merchantTimeZone } from "../config";
import { familyOrRefuse, familyStore } from "./families";
import type { CodeOutcome, Family, FamilyProgress } from "./family-store";

export interface FamilyCodeView {
  position: number;
  code: string;
  couponId: string | null;
  outcome: CodeOutcome;
  problem: string | null;
  /** For created codes whose coupon still exists. */
  status?: CouponStatus;
  active?: boolean;
  uses?: number;
  usageLimit?: number | null;
}

export interface FamilySummary {
  id: string;
  name: string;
  kind: Family["kind"];
  prefix: string | null;
  createdAt: string;
  createdBy: string;
  progress: FamilyProgress;
}

export interface FamilyView extends FamilySummary {
  /** "20 % off · All store products", for generated families. */
  offer: string | null;
  codes: FamilyCodeView[];
  totalUses: number;
  switchedOn: number;
  /** Created codes whose coupon was deleted since. */
  gone: number;
}

function summaryOf(family: Family, progress: FamilyProgress): FamilySummary {
  return {
    id: family.id,
    name: family.name,
    kind: family.kind,
    prefix: family.prefix,
    createdAt: formatDateTime(family.createdAt, merchantTimeZone()),
    createdBy: family.createdBy,
    progress,
  };
}

export async function loadFamilies(): Promise<FamilySummary[]> {
  await authorize("coupons:read");
  return (await familyStore().list()).map((family) => summaryOf(family, family));
}

async function couponsById(ids: string[]): Promise<Map<string, Coupon>> {
  const found = new Map<string, Coupon>();
  for (let i = 0; i < ids.length; i += MAX_BULK) {
    const batch = ids.slice(i, i + MAX_BULK);
    const { items } = await couponGateway().query({ ...parseQuery({ filter: { _id: { $hasSome: batch } } }), limit: MAX_BULK, offset: 0 });
    for (const coupon of items) found.set(coupon.id, coupon);
  }
  return found;
}

function offerOf(family: Family, currency: string): string | null {
  if (!family.template) return null;
  const spec = { ...family.template, code: family.prefix ?? "" } as CouponSpecification;
  return `${describeValue(spec, currency)} · ${describeScope(spec, undefined, currency)}`;
}

export async function loadFamily(id: string): Promise<FamilyView> {
  await authorize("coupons:read");
  const store = familyStore();
  const family = await familyOrRefuse(id);
  const codes = await store.codes(id);
  const coupons = await couponsById(codes.flatMap((c) => (c.couponId ? [c.couponId] : [])));
  const now = Date.now();
  const views = codes.map((c): FamilyCodeView => {
    const coupon = c.couponId ? coupons.get(c.couponId) : undefined;
    const base = { position: c.position, code: c.code, couponId: c.couponId, outcome: c.outcome, problem: c.problem };
    if (!coupon) return base;
    return {
      ...base,
      status: statusOf(coupon, now),
      active: coupon.specification.active !== false,
      uses: coupon.numberOfUsages,
      usageLimit: coupon.specification.usageLimit ?? null,
    };
  });
  const currency = merchantCurrency();
  return {
    ...summaryOf(family, await store.progress(id)),
    offer: offerOf(family, currency),
    codes: views,
    totalUses: views.reduce((sum, v) => sum + (v.uses ?? 0), 0),
    switchedOn: views.filter((v) => v.active).length,
    gone: views.filter((v) => v.outcome === "created" && v.status === undefined).length,
  };
}

/** The family's codes as CSV: code, status, uses, limit, coupon id; the codes to hand out or print. */
export function familyCsv(view: FamilyView): string {
  // "Coupon ID" is kept as it was rather than the catalogue's "ID" (a visible change, not made here).
  let text = CSV_BOM + csvRow([labelOf("code"), labelOf("status"), labelOf("numberOfUsages"), labelOf("usageLimit"), "Coupon ID"]);
  for (const code of view.codes) {
    const status = code.status
      ? STATUS_LABELS[code.status]
      : code.outcome === "created"
        ? "Deleted"
        : code.outcome === "failed"
          ? `Not created: ${code.problem ?? ""}`
          : "Not created yet";
    text += csvRow([code.code, status, code.uses ?? "", code.usageLimit ?? "", code.couponId ?? ""]);
  }
  return text;
}

export function familyFileName(view: Pick<FamilyView, "prefix" | "name">): string {
  const stem =
    (view.prefix ?? view.name)
      .replace(/[^A-Za-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .toLowerCase() || "family";
  return `codes-${stem}.csv`;
}
