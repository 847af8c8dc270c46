"use client";
// Name and code: the code with a live character counter, a generator and the duplicate check.
import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { TextField } from "@/components/ui/form/text-field";
import { labelOf } from "@/lib/coupons/domain/fields";
import { generateCode } from "@/lib/coupons/domain/code-generator";
import { CODE_MAX, codeLength, type CouponFormValues } from "@/lib/coupons/form/form-values";
import { fieldId, useCouponFormMeta, useFieldError } from "./form-context";
import { FormSection } from "./form-section";
import { ManyCodesFields } from "./many-codes-fields";
import { useManyCodes } from "./use-many-codes";
import { Button } from "@/components/ui/button";

export const CODE_TAKEN = "This code is already in use. Codes are unique regardless of case; choose another.";

const AVAILABILITY_TEXT = {
  idle: null,
  checking: "Checking whether the code is free…",
  available: "This code is free.",
  taken: null,
  unknown: "Couldn't check the code just now; it will be checked again when you save.",
} as const;

export function DetailsSection() {
  const { register, setValue, getValues, formState } = useFormContext<CouponFormValues>();
  const initialCode = formState.defaultValues?.code;
  const { codeAvailability, mode } = useCouponFormMeta();
  const code = useWatch<CouponFormValues, "code">({ name: "code" });
  const nameError = useFieldError("name");
  const codeError = useFieldError("code") ?? (codeAvailability === "taken" ? CODE_TAKEN : undefined);
  const length = codeLength(code.trim());
  // Editing: the coupon's own code needs no "free" note.
  const ownCode = mode === "edit" && code.trim() === initialCode?.trim();
  const status = codeError || ownCode ? null : AVAILABILITY_TEXT[codeAvailability];

  const many = useManyCodes();
  // With many codes, the form's own code is the first example: the rest of the form checks as usual.
  const example = many?.on ? many.examples[0] : undefined;
  useEffect(() => {
    if (example) setValue("code", example, { shouldValidate: formState.isSubmitted });
  }, [example, setValue, formState.isSubmitted]);

  const generate = () => {
    setValue("code", generateCode(getValues("name")), { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };

  return (
    <FormSection id="details" title="Coupon" description="The name is for you and your customers; the code is what they type at checkout.">
      <TextField
        id={fieldId("name")}
        label={labelOf("name")}
        error={nameError}
        autoComplete="off"
        placeholder="Summer sale"
        {...register("name")}
      />
      {many ? (
        <label className="flex items-center gap-2.5 text-sm font-medium text-zinc-800">
          <input
            type="checkbox"
            className="size-4 accent-brand-600 focus-ring"
            checked={many.on}
            onChange={(event) => many.setOn(event.currentTarget.checked)}
          />
          Create many codes from this coupon
        </label>
      ) : null}
      {many?.on ? <ManyCodesFields many={many} /> : null}
      <div hidden={many?.on}>
        <TextField
          id={fieldId("code")}
          label={labelOf("code")}
          error={codeError}
          description={`Up to ${CODE_MAX} characters, no spaces. Customers can type it in any case.`}
          autoComplete="off"
          spellCheck={false}
          placeholder="SUMMER15"
          className="[&_input]:font-mono"
          aside={
            <span
              aria-hidden="true"
              className={`text-xs tabular-nums ${length > CODE_MAX ? "font-semibold text-rose-700" : "text-zinc-500"}`}
            >
              {length}/{CODE_MAX}
            </span>
          }
          {...register("code")}
        />
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
          <p aria-live="polite" className={`text-sm ${codeAvailability === "available" ? "text-emerald-700" : "text-zinc-600"}`}>
            {status}
          </p>
          <Button onClick={generate}>Generate a code</Button>
        </div>
      </div>
    </FormSection>
  );
}
