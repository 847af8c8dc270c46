"use client";
// When the coupon works: a start, and an end or explicitly none, as wall-clock times in the
// merchant's zone, which is named beside every input: the name the zone has on that input's date
// (CET in January, CEST in June), so the suffix never contradicts the summary.
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { RadioGroupField } from "@/components/ui/form/radio-group-field";
import { DateTimeField } from "@/components/ui/form/date-time-field";
import { labelOf } from "@/lib/coupons/domain/fields";
import { zoneName as zoneNameAt } from "@/lib/coupons/time/dates";
import type { CouponFormValues } from "@/lib/coupons/form/form-values";
import { fromZonedInput } from "@/lib/coupons/time/zoned-input";
import { fieldId, useCouponFormMeta, useFieldError } from "./form-context";
import { FormSection } from "./form-section";

/** An end already behind us: worth saying, e.g. on a copy of a coupon that ended. */
function endHasPassed(text: string, timeZone: string): boolean {
  const parsed = fromZonedInput(text, timeZone);
  return parsed.ok && parsed.ms < Date.now();
}

export function DatesSection() {
  const { control, setValue, formState } = useFormContext<CouponFormValues>();
  const { settings, zoneName } = useCouponFormMeta();
  const endMode = useWatch<CouponFormValues, "endMode">({ name: "endMode" });
  const [start, end] = useWatch<CouponFormValues, ["start", "end"]>({ name: ["start", "end"] });
  const errors = { start: useFieldError("start"), end: useFieldError("end"), endMode: useFieldError("endMode") };
  const zone = `Times are in ${settings.timeZone}.`;
  /** The zone's name on the typed date; today's name until the text is a date. */
  const zoneOn = (text: string) => {
    const parsed = fromZonedInput(text, settings.timeZone);
    return parsed.ok ? zoneNameAt(parsed.ms, settings.timeZone) : zoneName;
  };

  return (
    <FormSection id="dates" title="Active dates" description={zone}>
      <Controller
        control={control}
        name="start"
        render={({ field }) => (
          <DateTimeField
            id={fieldId("start")}
            label={labelOf("startTime")}
            zone={zoneOn(start)}
            className="sm:max-w-sm"
            required
            description={`Date and time in ${settings.timeZone}.`}
            error={errors.start}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
          />
        )}
      />
      <Controller
        control={control}
        name="endMode"
        render={({ field }) => (
          <RadioGroupField
            id={fieldId("endMode")}
            name={field.name}
            legend={labelOf("expirationTime")}
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
        <>
          <Controller
            control={control}
            name="end"
            render={({ field }) => (
              <DateTimeField
                id={fieldId("end")}
                label="End"
                zone={zoneOn(end)}
                className="sm:max-w-sm"
                required
                description={`Date and time in ${settings.timeZone}; after the start.`}
                error={errors.end}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
              />
            )}
          />
          {endHasPassed(end, settings.timeZone) && !errors.end ? (
            <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 sm:max-w-sm">
              This end date has passed, so customers can&apos;t use the coupon. Choose a later end, or no end date.
            </p>
          ) : null}
        </>
      ) : null}
    </FormSection>
  );
}
