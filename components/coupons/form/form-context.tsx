"use client";
// What every section of the coupon form needs besides the values: the merchant's settings,
// whether the coupon is new or being edited, and the live code check.
import { createContext, useContext } from "react";
import { get, useFormState } from "react-hook-form";
import type { CouponType } from "@/lib/coupons/domain/coupon-types";
import type { CouponFormValues, FormSettings } from "@/lib/coupons/form/form-values";
import type { CodeAvailability } from "./use-code-availability";

export type FormMode = "create" | "edit" | "duplicate";

export interface CouponFormMeta {
  mode: FormMode;
  settings: FormSettings;
  /** Editing: the type can't change. */
  lockedType?: CouponType;
  codeAvailability: CodeAvailability;
  /** "CEST": the zone's short name, shown beside every date input. */
  zoneName: string;
}

export const CouponFormContext = createContext<CouponFormMeta | null>(null);

export function useCouponFormMeta(): CouponFormMeta {
  const meta = useContext(CouponFormContext);
  if (!meta) throw new Error("useCouponFormMeta is used outside the coupon form.");
  return meta;
}

/** A field's error message; re-renders only when that field's error changes. */
export function useFieldError(path: string): string | undefined {
  const { errors } = useFormState<CouponFormValues>({ name: path as never });
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

/** DOM ids from form paths: "scope.entityId" → "coupon-scope-entityId". */
export const fieldId = (path: string) => `coupon-${path.replaceAll(".", "-")}`;
