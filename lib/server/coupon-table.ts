import "server-only";
// The coupon table's read path: URL state → typed query → gateway → a page of coupon views. The
// page, the GET route handlers and the CSV export all read through here, with the URL parsed by the
// one shared parser against the active backend's capabilities.
import { CSV_BOM, csvRow } from "@/lib/coupons/table/csv";
import type { CouponPage, CouponView, DateField, TableSetup } from "@/lib/coupons/table/coupon-view";
import { formatSortableDateTime, zoneLabel } from "@/lib/coupons/time/dates";
import { labelOf, type FieldId } from "@/lib/coupons/domain/fields";
import { MAX_LIMIT } from "@/lib/coupons/query/query";
import { allowancesFor, type Allowances } from "@/lib/coupons/table/allowances";
import { DEFAULT_COLUMNS } from "@/lib/coupons/table/columns";
import { parseColumnList, parseTableState, type ParamsInput, type TableState } from "@/lib/coupons/table/table-state";
import { toCouponQuery } from "@/lib/coupons/table/to-query";
import type { UsageView } from "@/lib/coupons/usage/usage-view";
import { dayIn } from "@/lib/coupons/time/zoned-day";
import { authorize } from "./auth/guards";
import { bulkGateway, couponGateway } from "./backend";
import { withItemNames } from "./catalogue/item-names";
import { itemLookUp } from "./catalogue/items";
import { merchantCurrency, merchantTimeZone } from "./config";
import { couponView, type ViewContext } from "./coupon-view";
import { usageView, withRecentUse } from "./usage/usage-views";

export function tableSetup(): TableSetup {
  const gateway = couponGateway();
  const timeZone = merchantTimeZone();
  const now = Date.now();
  return {
    capabilities: gateway.capabilities,
    timeZone,
    zoneLabel: zoneLabel(timeZone, now),
    today: dayIn(timeZone, now),
    backendLabel: gateway.label,
  };
}

export interface TableRequest {
  setup: TableSetup;
  allow: Allowances;
  state: TableState;
}

/** Parses a request's URL with the shared parser, against what the active backend can do. */
export function readTableRequest(params: ParamsInput): TableRequest {
  const setup = tableSetup();
  const allow = allowancesFor(setup.capabilities);
  return { setup, allow, state: parseTableState(params, allow) };
}

function viewContext(setup: TableSetup): ViewContext {
  return { now: Date.now(), timeZone: setup.timeZone, currency: merchantCurrency() };
}

export async function loadCouponPage({ setup, allow, state }: TableRequest): Promise<CouponPage> {
  // The data layer checks the caller itself, whoever calls it (page, route handler, test).
  await authorize("coupons:read");
  const { items, totalResults } = await couponGateway().query(toCouponQuery(state, allow, setup.timeZone));
  const ctx = viewContext(setup);
  const named = await withItemNames(items, itemLookUp());
  const rows = await withRecentUse(
    named.map((c) => couponView(c, ctx)),
    ctx.now,
  );
  return { rows, total: totalResults, page: state.page, pageSize: state.pageSize };
}

/** One coupon, for the details drawer. Throws the gateway's NOT_FOUND when there is none. */
export async function loadCouponView(id: string): Promise<CouponView> {
  await authorize("coupons:read");
  const [coupon] = await withItemNames([await couponGateway().get(id)], itemLookUp());
  return couponView(coupon!, viewContext(tableSetup()));
}

/** One coupon's use over the last two weeks, for the drawer's chart. */
export async function loadCouponUsage(id: string): Promise<UsageView> {
  await authorize("coupons:read");
  const coupon = await couponGateway().get(id);
  const usageLimit = coupon.specification.usageLimit ?? null;
  return usageView({ id: coupon.id, uses: coupon.numberOfUsages, usageLimit }, Date.now(), merchantTimeZone());
}

/** The visible columns: the URL's, else the merchant's saved choice (cookie), else the defaults. */
export function visibleColumns(state: TableState, cookie: string | undefined): FieldId[] {
  return state.columns ?? parseColumnList(cookie) ?? [...DEFAULT_COLUMNS];
}

const DATE_FIELDS: readonly string[] = ["startTime", "expirationTime", "_dateCreated"] satisfies DateField[];

/** The export's file name, dated in the merchant's zone: coupons-2024-05-01.csv. */
export function exportFileName(setup: TableSetup): string {
  return `coupons-${dayIn(setup.timeZone, Date.now())}.csv`;
}

/**
 * The table shows uses against the limit ("12 of 100"); a spreadsheet wants numbers, so the export
 * writes the limit as a column of its own right after Uses whenever Uses is exported without it.
 */
export function withUsageLimit(columns: readonly FieldId[]): FieldId[] {
  const at = columns.indexOf("numberOfUsages");
  if (at === -1 || columns.includes("usageLimit")) return [...columns];
  return [...columns.slice(0, at + 1), "usageLimit", ...columns.slice(at + 1)];
}

/**
 * The current filtered, sorted view as CSV, every page of it (not just the one on screen), in the
 * visible columns. Pages through the gateway at its largest page size so the file streams out
 * while later pages load; dates are "2024-05-14 09:00" in the merchant's zone, named in the header.
 */
export async function* couponCsv({ setup, allow, state }: TableRequest, visible: readonly FieldId[]): AsyncGenerator<string> {
  await authorize("coupons:export");
  const columns = withUsageLimit(visible);
  const ctx = viewContext(setup);
  const header = columns.map((id) => {
    const label = labelOf(id);
    return DATE_FIELDS.includes(id) ? `${label} (${setup.timeZone})` : label;
  });
  // The header goes out with the first page, so a backend that fails fails before anything is sent.
  let chunk = CSV_BOM + csvRow(header);
  const query = toCouponQuery({ ...state, page: 1 }, allow, setup.timeZone);
  // Page after page: behind page views in the Wix throttle.
  const gateway = bulkGateway();
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const { items, totalResults } = await gateway.query({ ...query, limit: MAX_LIMIT, offset });
    for (const coupon of await withItemNames(items, itemLookUp())) {
      const view = couponView(coupon, ctx);
      chunk += csvRow(
        columns.map((id) => {
          if (DATE_FIELDS.includes(id)) {
            const date = view.dates[id as DateField];
            return date ? formatSortableDateTime(date.ms, setup.timeZone) : "";
          }
          if (id === "numberOfUsages") return view.uses;
          if (id === "usageLimit" || id === "limitPerCustomer") return /^\d+$/.test(view.text[id] ?? "") ? view.text[id] : "";
          return view.text[id] ?? "";
        }),
      );
    }
    yield chunk;
    chunk = "";
    if (items.length < MAX_LIMIT || offset + MAX_LIMIT >= totalResults) return;
  }
}
