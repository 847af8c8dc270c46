import "server-only";
// Pricing Plans V3's plans, as the emulator reads them: billing terms and flat-rate prices from the
// demo catalogue, any operator and sort on the query spec's fields, cursor paging.
import type { CatalogueItem, PlanBilling } from "@/lib/coupons/domain/catalogue";
import { decimal, priceOf, queryIn, slugOf, type QueryApi } from "./catalogue";
import type { Json } from "./json";
import { cursorMetadataV2Out, cursorPagingIn } from "./paging";
import { OPERATORS, filterIn, sortIn, type FieldSpecs } from "./wql";

/**
 * A pricing variant's `billingTerms` (Plans V3's BillingTerms). A recurring plan is billed every
 * `billingCycle` (`period` DAY/WEEK/MONTH/YEAR, `count` of them, as a string); it runs
 * UNTIL_CANCELLED, or ends at CYCLES_COMPLETED after `cyclesCompletedDetails.billingCycleCount`
 * payments (a string too). Create Plan writes a one-time plan as CYCLES_COMPLETED after 1 cycle,
 * its billingCycle being how long it lasts; a plan with no `billing` is one payment, but the
 * catalogue gives no duration, so it has no billingCycle here [guess]. Every plan starts
 * ON_PURCHASE [guess: the catalogue doesn't say; the other start type, CUSTOM, lets the buyer choose].
 */
export function billingTermsOut(billing: PlanBilling | undefined): Json {
  const start = { startType: "ON_PURCHASE" };
  const ends = (cycles: number) => ({ endType: "CYCLES_COMPLETED", cyclesCompletedDetails: { billingCycleCount: String(cycles) } });
  if (!billing) return { ...start, ...ends(1) };
  return {
    billingCycle: { period: billing.unit, count: String(billing.every) },
    ...start,
    ...(billing.cycles !== undefined ? ends(billing.cycles) : { endType: "UNTIL_CANCELLED" }),
  };
}

/**
 * Pricing Plans V3 plan: `{ id, name, slug, visibility, buyable, currency, pricingVariants:
 * [{ billingTerms, pricingStrategies: [{ flatRate: { amount } }] }] }`, the billing terms from the
 * item's `billing` and the amount (a decimal string) from its `price`. A hidden demo plan is PRIVATE.
 */
export function planOut(item: CatalogueItem): Json {
  const price = priceOf(item);
  return {
    id: item.id,
    name: item.name,
    slug: slugOf(item.name),
    visibility: item.hidden ? "PRIVATE" : "PUBLIC",
    buyable: true,
    ...(price ? { currency: price.currency } : {}),
    pricingVariants: [
      { billingTerms: billingTermsOut(item.billing), pricingStrategies: price ? [{ flatRate: { amount: decimal(price.amount) } }] : [] },
    ],
  };
}

/** Plans V3's query spec: these fields take any operator and sort. */
const PLAN_FIELDS: FieldSpecs = {
  id: { ops: OPERATORS, sortable: true, value: (i) => i.id },
  name: { ops: OPERATORS, sortable: true, value: (i) => i.name },
  slug: { ops: OPERATORS, sortable: true, value: (i) => slugOf(i.name) },
  visibility: { ops: OPERATORS, sortable: true, value: (i) => (i.hidden ? "PRIVATE" : "PUBLIC") },
  createdDate: { ops: OPERATORS, sortable: true },
  updatedDate: { ops: OPERATORS, sortable: true },
  formId: { ops: OPERATORS, sortable: true },
  termsAndConditions: { ops: OPERATORS, sortable: true },
};

export const PRICING_PLANS: QueryApi = {
  key: "pricingPlans/plan",
  kind: { namespace: "pricingPlans", group: "plan" },
  path: "/pricing-plans/v3/plans/query",
  app: "Wix Pricing Plans",
  read(body) {
    const query = queryIn(body);
    // queryPlans() defaults to limit(50); cursorPaging.limit is at most 100.
    const { page, parts } = cursorPagingIn(
      query,
      "query",
      "/pricing-plans/v3/plans/query",
      { defaultLimit: 50, maxLimit: 100 },
      { filter: query.filter, sort: query.sort },
    );
    return { matches: filterIn(parts.filter, PLAN_FIELDS), compare: sortIn(parts.sort, PLAN_FIELDS), page, itemOut: planOut };
  },
  // Plans V3's PagingMetadataV2 has count and cursors on cursor paging, and no hasNext.
  answer: (list, page) => ({ plans: list, pagingMetadata: cursorMetadataV2Out(page) }),
};
