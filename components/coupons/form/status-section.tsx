"use client";
// Whether the coupon is switched on. A duplicate starts switched off.
import { useFormContext } from "react-hook-form";
import { CheckboxField } from "@/components/ui/form/checkbox-field";
import { labelOf } from "@/lib/coupons/domain/fields";
import type { CouponFormValues } from "@/lib/coupons/form/form-values";
import { fieldId } from "./form-context";
import { FormSection } from "./form-section";

export function StatusSection() {
  const { register } = useFormContext<CouponFormValues>();
  return (
    <FormSection id="status" title="Status">
      <CheckboxField
        id={fieldId("active")}
        label={labelOf("active")}
        description="Customers can use the coupon between its dates. Switch it off to save it as a draft."
        {...register("active")}
      />
    </FormSection>
  );
}
