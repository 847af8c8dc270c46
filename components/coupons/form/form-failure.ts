"use client";
// What a failed save says: each field error on its field (and listed in the banner), the rest in
// one banner; a stale edit offers to overwrite or reload instead.
import type { UseFormSetError } from "react-hook-form";
import { firstMessage, type ActionResult } from "@/lib/actions/result";
import { labelOf } from "@/lib/coupons/domain/fields";
import { formPathOf } from "@/lib/coupons/form/form-schema";
import type { CouponFormValues } from "@/lib/coupons/form/form-values";
import type { BannerState } from "./form-banner";
import { fieldId, type FormMode } from "./form-context";

/** The banner's name for each form field: the catalogue's label where the field is one of the collection's. */
const FIELD_LABELS: Record<string, string> = {
  name: labelOf("name"),
  code: labelOf("code"),
  type: labelOf("type"),
  start: labelOf("startTime"),
  end: "End",
  endMode: labelOf("expirationTime"),
  moneyOffAmount: labelOf("moneyOffAmount"),
  percentOffRate: labelOf("percentOffRate"),
  confirmFullDiscount: "100 % confirmation",
  fixedPriceAmount: labelOf("fixedPriceAmount"),
  "buyXGetY.x": "Customers buy",
  "buyXGetY.y": "They get free",
  target: labelOf("scope"),
  "scope.namespace": "Which app's items",
  "scope.group": "Which items",
  "scope.entityId": "Item",
  minimumSubtotal: labelOf("minimumSubtotal"),
  usageLimit: labelOf("usageLimit"),
  limitPerCustomer: labelOf("limitPerCustomer"),
  limitedToOneItem: labelOf("limitedToOneItem"),
  appliesToSubscriptions: "Subscriptions",
  discountedCycleCount: "Discounted billing cycles",
  active: labelOf("active"),
};

export const UNREACHABLE: BannerState = {
  kind: "error",
  title: "The coupon wasn't saved",
  message: "The server didn't answer. Nothing was saved, and everything you typed is still here; try again in a moment.",
};

export function failureBanner(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  mode: FormMode,
  setError: UseFormSetError<CouponFormValues>,
): BannerState {
  const fields: NonNullable<BannerState["fields"]> = [];
  const loose: string[] = [];
  for (const [path, value] of Object.entries(result.fieldErrors ?? {})) {
    const message = firstMessage(value);
    if (!message) continue;
    const formPath = formPathOf(path);
    const id = fieldId(formPath);
    if (formPath !== "root" && document.getElementById(id)) {
      setError(formPath as never, { type: "server", message });
      fields.push({ id, label: FIELD_LABELS[formPath] ?? formPath, message });
    } else {
      loose.push(message);
    }
  }
  const conflict = result.code === "STALE" && mode === "edit";
  if (conflict) {
    return {
      kind: "conflict",
      title: "This coupon changed since you opened it",
      message:
        "Nothing was saved. Save your changes over the other ones (only the fields you changed are sent), or discard yours and load the latest version.",
    };
  }
  return { kind: "error", title: "The coupon wasn't saved", message: [result.message, ...loose].join(" "), fields };
}
