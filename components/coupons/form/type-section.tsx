"use client";
// The discount: exactly one type, and the value inputs of that type only. Switching type keeps
// the shared fields and drops the old value; percent off shows the guardrails.
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { CheckboxField } from "@/components/ui/form/checkbox-field";
import { RadioGroupField } from "@/components/ui/form/radio-group-field";
import { MoneyField, NumberField, TextField } from "@/components/ui/form/text-field";
import { TYPE_RULES } from "@/lib/coupons/domain/coupon-types";
import { labelOf } from "@/lib/coupons/domain/fields";
import { TYPE_LOCKED_REASON, typeChoices } from "@/lib/coupons/form/form-options";
import { switchType, type CouponFormValues } from "@/lib/coupons/form/form-values";
import { percentGuardrail } from "@/lib/coupons/domain/guardrails";
import { fieldId, useCouponFormMeta, useFieldError } from "./form-context";
import { FormSection } from "./form-section";

export function TypeSection() {
  const { control, getValues, reset } = useFormContext<CouponFormValues>();
  const { lockedType, settings } = useCouponFormMeta();
  const type = useWatch<CouponFormValues, "type">({ name: "type" });
  const typeError = useFieldError("type");
  // Editing: the other types are disabled; the reason is said once, for the whole group.
  const choices = typeChoices({ locked: lockedType, currencySymbol: settings.currencySymbol }).map(({ reason: _reason, ...c }) => c);

  return (
    <FormSection id="discount" title="Discount">
      <Controller
        control={control}
        name="type"
        render={({ field }) => (
          <RadioGroupField
            id={fieldId("type")}
            name={field.name}
            legend={labelOf("type")}
            columns={5}
            options={choices}
            value={field.value}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={typeError}
            description={lockedType ? `The type stays ${TYPE_RULES[lockedType].label.toLowerCase()}: ${TYPE_LOCKED_REASON}.` : undefined}
            onChange={(next) => reset(switchType(getValues(), next), { keepDefaultValues: true })}
          />
        )}
      />
      <TypeValue key={type} />
    </FormSection>
  );
}

/** The chosen type's own inputs. */
function TypeValue() {
  const { register, watch } = useFormContext<CouponFormValues>();
  const { settings } = useCouponFormMeta();
  const values = watch();
  const errors = {
    moneyOffAmount: useFieldError("moneyOffAmount"),
    percentOffRate: useFieldError("percentOffRate"),
    fixedPriceAmount: useFieldError("fixedPriceAmount"),
    x: useFieldError("buyXGetY.x"),
    y: useFieldError("buyXGetY.y"),
    confirm: useFieldError("confirmFullDiscount"),
  };
  const half = "sm:max-w-xs";

  switch (values.type) {
    case "MoneyOff":
      return (
        <MoneyField
          id={fieldId("moneyOffAmount")}
          label={labelOf("moneyOffAmount")}
          currencySymbol={settings.currencySymbol}
          className={half}
          description={`Taken off the price, in ${settings.currency}.`}
          error={errors.moneyOffAmount}
          placeholder="10.00"
          {...register("moneyOffAmount")}
        />
      );
    case "PercentOff":
      return (
        <div className="space-y-3">
          <TextField
            id={fieldId("percentOffRate")}
            label={labelOf("percentOffRate")}
            suffix="%"
            inputMode="decimal"
            autoComplete="off"
            className={half}
            description="More than 0 and at most 100."
            error={errors.percentOffRate}
            placeholder="15"
            {...register("percentOffRate")}
          />
          <PercentGuardrail rate={values.percentOffRate} confirmError={errors.confirm} />
        </div>
      );
    case "FixedPrice":
      return (
        <MoneyField
          id={fieldId("fixedPriceAmount")}
          label={labelOf("fixedPriceAmount")}
          currencySymbol={settings.currencySymbol}
          className={half}
          description="What the items sell for with the coupon."
          error={errors.fixedPriceAmount}
          placeholder="29.99"
          {...register("fixedPriceAmount")}
        />
      );
    case "BuyXGetY":
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField
            id={fieldId("buyXGetY.x")}
            label="Customers buy"
            suffix="items"
            description="How many items they pay for."
            error={errors.x}
            placeholder="2"
            {...register("buyXGetY.x")}
          />
          <NumberField
            id={fieldId("buyXGetY.y")}
            label="They get free"
            suffix="items"
            description="How many more they get for free."
            error={errors.y}
            placeholder="1"
            {...register("buyXGetY.y")}
          />
        </div>
      );
    case "FreeShipping":
      return (
        <p className="rounded-md bg-zinc-50 px-3 py-2 text-sm text-zinc-700">Shipping is free on every order the coupon applies to.</p>
      );
  }
}

/** Seeds/002 guardrails: > 50 % warns with an example, 100 % needs a confirmation, > 100 % is blocked. */
function PercentGuardrail({ rate, confirmError }: { rate: string; confirmError?: string }) {
  const { register } = useFormContext<CouponFormValues>();
  const { settings } = useCouponFormMeta();
  const parsed = /^\d+(?:[.,]\d+)?$/.test(rate.trim()) ? Number(rate.trim().replace(",", ".")) : undefined;
  const guardrail = percentGuardrail(parsed, settings.currency);
  if (guardrail.level === "none" || guardrail.level === "block") return null;
  const tone = guardrail.level === "margin" ? "border-zinc-200 bg-zinc-50 text-zinc-700" : "border-amber-300 bg-amber-50 text-amber-900";
  return (
    <div className={`rounded-lg border px-4 py-3 text-sm ${tone}`}>
      <p className="font-medium">
        {guardrail.level === "warn" ? "Deep discount" : guardrail.level === "confirm" ? "This makes the items free" : "Check your margins"}
      </p>
      <p className="mt-0.5">{guardrail.message}</p>
      {guardrail.level === "warn" ? <p className="mt-1 font-mono text-base font-semibold">{guardrail.example}</p> : null}
      {guardrail.level === "confirm" ? (
        <div className="mt-3">
          <CheckboxField
            id={fieldId("confirmFullDiscount")}
            label="Yes, make the items free (100 % off)"
            error={confirmError}
            {...register("confirmFullDiscount")}
          />
        </div>
      ) : null}
    </div>
  );
}
