import "server-only";
// The code checker's server side: find the coupon the customer's code names (any case), the name
// of the item it points at, and for a plan order the plan's price and cycles from the catalogue;
// then the pure rules (lib/coupons/checker) answer. Times are the merchant's, in their zone.
import type { CatalogueItem } from "@/lib/coupons/domain/catalogue";
import { checkCode } from "@/lib/coupons/checker/explain";
import type { CartLine, CheckResult, PlanTerms } from "@/lib/coupons/checker/types";
import { describeScope, describeValue } from "@/lib/coupons/domain/format";
import type { Coupon } from "@/lib/coupons/domain/model";
import { authorize } from "../auth/guards";
import { couponGateway } from "../backend";
import { itemOfCoupon, refKey } from "../catalogue/look-up";
import { itemLookUp } from "../catalogue/items";
import { findCouponByCode } from "../coupons/codes";
import { merchantCurrency, merchantTimeZone } from "../config";

export interface CodeCheck {
  code: string;
  lines: CartLine[];
  subtotal?: number;
  /** Epoch ms; absent: now. */
  at?: number;
  /** The plan the customer buys; absent: the plan a single-plan coupon names, if any. */
  planId?: string;
}

/** What the checker page shows: the result without the raw coupon, plus how the coupon reads. */
export type CodeCheckAnswer = Omit<CheckResult, "coupon"> & {
  coupon?: { id: string; code: string; name: string; value: string; appliesTo: string; namespace?: string };
  at: number;
  timeZone: string;
  currency: string;
  /** The plan the prices were worked out on. */
  planName?: string;
};

const PLAN_KIND = { namespace: "pricingPlans", group: "plan" };

function termsOf(plan: CatalogueItem): PlanTerms | undefined {
  if (!plan.price) return undefined;
  return {
    price: plan.price.amount,
    currency: plan.price.currency,
    ...(plan.billing ? { cycle: { every: plan.billing.every, unit: plan.billing.unit } } : {}),
    ...(plan.billing?.cycles ? { cycleCount: plan.billing.cycles } : {}),
  };
}

/** The item the coupon points at, named; and the plan to work prices out on. */
async function catalogueFacts(coupon: Coupon | undefined, planId: string | undefined) {
  const scopeRef = coupon && itemOfCoupon(coupon);
  const planRef = planId ?? (scopeRef?.namespace === PLAN_KIND.namespace ? scopeRef.id : undefined);
  const refs = [...(scopeRef ? [scopeRef] : []), ...(planRef ? [{ ...PLAN_KIND, id: planRef }] : [])];
  const found = refs.length > 0 ? await itemLookUp().find(refs) : new Map<string, CatalogueItem | null>();
  const scopeItem = scopeRef ? found.get(refKey(scopeRef)) : undefined;
  const plan = planRef ? found.get(refKey({ ...PLAN_KIND, id: planRef })) : undefined;
  return { scopeItemName: coupon?.displayData?.name ?? scopeItem?.name, plan: plan ?? undefined };
}

export async function checkCustomerCode(check: CodeCheck): Promise<CodeCheckAnswer> {
  await authorize("coupons:read");
  const timeZone = merchantTimeZone();
  const currency = merchantCurrency();
  const at = check.at ?? Date.now();
  const coupon = await findCouponByCode(couponGateway(), check.code.trim());
  const { scopeItemName, plan } = await catalogueFacts(coupon, check.planId);
  const terms = plan && termsOf(plan);
  const result = checkCode(
    coupon,
    {
      code: check.code.trim(),
      lines: check.lines,
      ...(check.subtotal !== undefined ? { subtotal: check.subtotal } : {}),
      at,
      ...(plan && terms ? { plan: { id: plan.id, name: plan.name, terms } } : {}),
    },
    { timeZone, currency, ...(scopeItemName ? { scopeItemName } : {}) },
  );
  const { coupon: _found, ...rest } = result;
  void _found;
  return {
    ...rest,
    at,
    timeZone,
    currency,
    ...(plan && terms ? { planName: plan.name } : {}),
    ...(coupon
      ? {
          coupon: {
            id: coupon.id,
            code: coupon.specification.code,
            name: coupon.specification.name,
            value: describeValue(coupon.specification, currency),
            appliesTo: describeScope(
              coupon.specification,
              scopeItemName ? { ...coupon.displayData, name: scopeItemName } : coupon.displayData,
              currency,
            ),
            ...(coupon.specification.scope ? { namespace: coupon.specification.scope.namespace } : {}),
          },
        }
      : {}),
  };
}
