"use client";
// When the coupon works: a start, and an end or explicitly none, as wall-clock times in the
// merchant's zone, which is named beside every input.
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { RadioGroupField } from "@/components/ui/form/radio-group-field";
import { DateTimeField } from "@/components/ui/form/text-field";
import type { CouponFormValues } from "@/lib/coupons/form-values";
import { fieldId, useCouponFormMeta, useFieldError } from "./form-context";
import { FormSection } from "./form-section";

export function DatesSection() {
  const { control, register, setValue, formState } = useFormContext<CouponFormValues>();
  const { settings, zoneName } = useCouponFormMeta();
  const endMode = useWatch<CouponFormValues, "endMode">({ name: "endMode" });
  const errors = { start: useFieldError("start"), end: useFieldError("end"), endMode: useFieldError("endMode") };
  const zone = `Times are in ${settings.timeZone}${zoneName === settings.timeZone ? "" : ` (${zoneName})`}.`;

  return (
    <FormSection id="dates" title="Active dates" description={zone}>
      <DateTimeField id={fieldId("start")} label="Starts" zone={zoneName} className="sm:max-w-sm" required
        description={`Date and time in ${settings.timeZone}.`} error={errors.start} {...register("start")} />
      <Controller
        control={control}
        name="endMode"
        render={({ field }) => (
          <RadioGroupField
            id={fieldId("endMode")}
            name={field.name}
            legend="Ends"
            compact
            columns={2}
            options={[
              { value: "none", label: "No end date", description: "Runs until you switch it off." },
              { value: "date", label: "Ends on a date", description: "Stops working at the end time." },
            ]}
            value={field.value}
            onChange={(next) => setValue("endMode", next, { shouldDirty: true, shouldValidate: formState.isSubmitted })}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={errors.endMode}
          />
        )}
      />
      {endMode === "date" ? (
        <DateTimeField id={fieldId("end")} label="End" zone={zoneName} className="sm:max-w-sm" required
          description={`Date and time in ${settings.timeZone}; after the start.`} error={errors.end} {...register("end")} />
      ) : null}
    </FormSection>
  );
}
