"use client";
// How often the coupon can be used. Only the limits that apply to the type and scope are shown;
// a limit the scope doesn't support says so instead of vanishing.
import { useFormContext, useWatch } from "react-hook-form";
import { CheckboxField } from "@/components/ui/form/checkbox-field";
import { NumberField } from "@/components/ui/form/text-field";
import { labelOf } from "@/lib/coupons/domain/fields";
import { limitOptions, minimumIsOptional } from "@/lib/coupons/form/form-options";
import type { CouponFormValues } from "@/lib/coupons/form/form-values";
import { fieldId, useFieldError } from "./form-context";
import { FormSection } from "./form-section";

export function LimitsSection() {
  const { register } = useFormContext<CouponFormValues>();
  const [type, target, namespace, subscriptions] = useWatch<
    CouponFormValues,
    ["type", "target", "scope.namespace", "appliesToSubscriptions"]
  >({
    name: ["type", "target", "scope.namespace", "appliesToSubscriptions"],
  });
  const scoped = target === "items" && !minimumIsOptional(type) && namespace !== "";
  const limits = limitOptions(type, scoped ? namespace || null : null);
  const errors = {
    usageLimit: useFieldError("usageLimit"),
    limitPerCustomer: useFieldError("limitPerCustomer"),
    oneItem: useFieldError("limitedToOneItem"),
    cycles: useFieldError("discountedCycleCount"),
  };

  return (
    <FormSection id="limits" title="Usage limits">
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          id={fieldId("usageLimit")}
          label={labelOf("usageLimit")}
          optional
          suffix="uses"
          placeholder="Unlimited"
          description="Across all customers. Leave empty for no limit."
          error={errors.usageLimit}
          {...register("usageLimit")}
        />
        {limits.limitPerCustomer.shown ? (
          <NumberField
            id={fieldId("limitPerCustomer")}
            label={labelOf("limitPerCustomer")}
            optional
            suffix="each"
            placeholder="Unlimited"
            description="Leave empty for no limit."
            error={errors.limitPerCustomer}
            {...register("limitPerCustomer")}
          />
        ) : (
          <p className="self-start rounded-md bg-zinc-50 px-3 py-2 text-sm text-zinc-600">
            <span className="font-medium text-zinc-800">{labelOf("limitPerCustomer")}: </span>
            {limits.limitPerCustomer.reason}.
          </p>
        )}
      </div>
      {limits.limitedToOneItem.shown ? (
        // Two elements (keys), not one reused: the forced tick must not stay in the box once the
        // reason goes away; the merchant's own choice comes back instead.
        limits.limitedToOneItem.lockedOn ? (
          <CheckboxField
            key="forced"
            id={fieldId("limitedToOneItem")}
            label={labelOf("limitedToOneItem")}
            checked
            disabled
            readOnly
            description={`${limits.limitedToOneItem.reason}, so this is always on.`}
          />
        ) : (
          <CheckboxField
            key="chosen"
            id={fieldId("limitedToOneItem")}
            label={labelOf("limitedToOneItem")}
            description="Discount only one item per order: the lowest-priced one that qualifies."
            error={errors.oneItem}
            {...register("limitedToOneItem")}
          />
        )
      ) : null}
      {limits.subscriptions.shown ? (
        <div className="space-y-4 rounded-lg border border-zinc-200 p-4">
          <CheckboxField
            id={fieldId("appliesToSubscriptions")}
            label={limits.subscriptions.label}
            description={limits.subscriptions.description}
            {...register("appliesToSubscriptions")}
          />
          {subscriptions && limits.discountedCycles.shown ? (
            <NumberField
              id={fieldId("discountedCycleCount")}
              label="Discounted billing cycles"
              optional
              suffix="cycles"
              className="sm:max-w-xs"
              placeholder="Every cycle"
              description="From 1 to 999. Leave empty to discount every cycle."
              error={errors.cycles}
              {...register("discountedCycleCount")}
            />
          ) : null}
        </div>
      ) : null}
    </FormSection>
  );
}
