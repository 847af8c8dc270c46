import "server-only";
// What the create, edit and duplicate pages hand to the coupon form: the merchant's zone and
// currency, the values to start from and, for edit, the specification and revision it opened.
import { generateCode } from "@/lib/coupons/domain/code-generator";
import { isCouponError } from "@/lib/coupons/domain/errors";
import {
  copyName,
  newCouponValues,
  valuesFromSpecification,
  type CouponFormValues,
  type FormSettings,
} from "@/lib/coupons/form/form-values";
import type { CouponType } from "@/lib/coupons/domain/coupon-types";
import { zoneName } from "@/lib/coupons/time/dates";
import type { Coupon } from "@/lib/coupons/domain/model";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import { authorize } from "../auth/guards";
import { couponGateway } from "../backend";
import { merchantCurrency, merchantTimeZone } from "../config";
import { revisionOf } from "./revision";
import { withItemNames } from "../catalogue/item-names";
import { itemLookUp } from "../catalogue/items";

export function formSettings(): FormSettings {
  const currency = merchantCurrency();
  const currencySymbol =
    new Intl.NumberFormat("en-US", { style: "currency", currency }).formatToParts(0).find((p) => p.type === "currency")?.value ?? currency;
  const timeZone = merchantTimeZone();
  return { timeZone, currency, currencySymbol, zoneName: zoneName(Date.now(), timeZone) };
}

export interface EditData {
  id: string;
  type: CouponType;
  values: CouponFormValues;
  /** The specification as the form opened it: edits are sent as the difference from this. */
  specification: CouponSpecification;
  revision: string;
}

async function findCoupon(id: string): Promise<Coupon | null> {
  // The data layer checks the caller itself; the page has checked too.
  await authorize("coupons:write");
  try {
    return await couponGateway().get(id);
  } catch (error) {
    if (isCouponError(error) && (error.code === "NOT_FOUND" || error.code === "INVALID_ARGUMENT")) return null;
    throw error;
  }
}

export function newCouponStart(settings: FormSettings): CouponFormValues {
  // Whole minutes: the input shows minutes, and a start a few seconds "in the past" is still now.
  return newCouponValues(Math.floor(Date.now() / 60_000) * 60_000, settings.timeZone);
}

export async function loadForEdit(id: string, settings: FormSettings): Promise<EditData | null> {
  const found = await findCoupon(id);
  if (!found) return null;
  const coupon = (await withItemNames([found], itemLookUp()))[0]!;
  const { type, ...specification } = coupon.specification;
  return {
    id: coupon.id,
    type,
    values: valuesFromSpecification(specification as CouponSpecification, {
      timeZone: settings.timeZone,
      entityName: coupon.displayData?.name,
    }),
    specification: specification as CouponSpecification,
    revision: revisionOf(specification as CouponSpecification),
  };
}

/** A duplicate: the same coupon as "Copy of …", with a fresh code, switched off. */
export async function loadForDuplicate(
  id: string,
  settings: FormSettings,
): Promise<{ values: CouponFormValues; sourceName: string } | null> {
  const edit = await loadForEdit(id, settings);
  if (!edit) return null;
  return {
    sourceName: edit.values.name,
    // A copy is a new coupon: a 100 % discount is confirmed again, like on any other new coupon.
    values: {
      ...edit.values,
      name: copyName(edit.values.name),
      code: generateCode(edit.values.code),
      active: false,
      ...(edit.values.type === "PercentOff" ? { confirmFullDiscount: false } : {}),
    },
  };
}
