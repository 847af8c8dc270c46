"use client";
// The checker: the customer's code, when they tried it, and optionally their cart and plan; the
// answer beside it. Everything typed stays as typed when the check is refused; the server checks
// the input again and names what to fix.
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Controller, FormProvider, useForm } from "react-hook-form";
import { checkCode } from "@/lib/actions/check-code";
import type { ActionResult } from "@/lib/actions/result";
import type { CodeCheckAnswer } from "@/lib/server/checker/check-code";
import { DateTimeField } from "@/components/ui/form/date-time-field";
import { TextField } from "@/components/ui/form/text-field";
import { ItemPicker } from "@/components/coupons/form/item-picker";
import { CartLines, errorAt } from "./cart-lines";
import { CheckResultPanel } from "./check-result";
import { toCheckInput, type CheckerValues, type CheckInput } from "./checker-values";

interface CodeCheckerProps {
  initialCode: string;
  timeZone: string;
  /** The zone's short name now ("CET"), shown beside the time. */
  zone: string;
  currency: string;
}

type Refusal = Extract<ActionResult<CodeCheckAnswer>, { ok: false }>;

/** The action's input fields that the form names otherwise. */
const FORM_FIELD: Record<string, keyof CheckerValues> = { at: "when", planId: "plan" };

export function CodeChecker({ initialCode, timeZone, zone, currency }: CodeCheckerProps) {
  const form = useForm<CheckerValues>({
    defaultValues: { code: initialCode, when: "", subtotal: "", lines: [], plan: { id: "", name: "" } },
  });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const planInput = useRef<HTMLInputElement>(null);
  const check = useMutation({
    mutationFn: async (input: CheckInput) => {
      const result = await checkCode(input);
      if (!result.ok) throw result;
      return result.data;
    },
    onMutate: () => setRefusal(null),
    onError: (error) => {
      const failed = error as unknown as Refusal;
      setRefusal(failed.code ? failed : { ok: false, code: "UNAVAILABLE", message: "The check didn't answer. Try again in a moment." });
      for (const [field, messages] of Object.entries(failed.fieldErrors ?? {}))
        form.setError(FORM_FIELD[field] ?? (field as keyof CheckerValues), { message: messages[0] });
    },
  });

  const onSubmit = form.handleSubmit((values) => {
    const made = toCheckInput(values, timeZone);
    if (!made.ok) {
      form.setError(made.field as keyof CheckerValues, { message: made.message });
      return;
    }
    check.mutate(made.input);
  });

  const error = (field: string) => errorAt(form.formState.errors, field);

  // Opened with a code (from a coupon's drawer): answer for that code at once, cart or not.
  const ranFor = useRef<string | null>(null);
  useEffect(() => {
    if (!initialCode || ranFor.current === initialCode) return;
    ranFor.current = initialCode;
    void onSubmit();
  }, [initialCode, onSubmit]);

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
      <FormProvider {...form}>
        <form
          onSubmit={onSubmit}
          noValidate
          aria-label="Check a code"
          className="space-y-5 rounded-xl border border-zinc-200 bg-white p-5 shadow-xs"
        >
          <TextField
            id="check-code"
            label="Code the customer typed"
            autoComplete="off"
            spellCheck={false}
            autoFocus={!initialCode}
            required
            error={error("code")}
            description="Any case: customers' codes work in upper or lower case."
            {...form.register("code", { required: "Enter the code the customer typed." })}
          />
          <Controller
            control={form.control}
            name="when"
            render={({ field }) => (
              <DateTimeField
                id="check-when"
                label="When they tried it"
                description={`Leave empty for now. In ${timeZone}.`}
                zone={zone}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={error("when")}
              />
            )}
          />
          <CartLines currency={currency} />
          <TextField
            id="check-subtotal"
            label="Order subtotal"
            optional
            inputMode="decimal"
            description="Leave empty to use the items' total."
            error={error("subtotal")}
            {...form.register("subtotal")}
          />
          <Controller
            control={form.control}
            name="plan"
            render={({ field }) => (
              <ItemPicker
                id="check-plan"
                namespace="pricingPlans"
                group="plan"
                required={false}
                label="Pricing plan"
                hint="For a plan coupon: the plan the customer is buying. Leave empty to use the coupon's own plan."
                value={field.value}
                onChange={(item) => field.onChange({ id: item.id, name: item.name })}
                onBlur={field.onBlur}
                inputRef={planInput}
              />
            )}
          />
          <div className="flex items-center gap-3">
            <button type="submit" className="btn-primary h-9" disabled={check.isPending}>
              {check.isPending ? "Checking…" : "Check code"}
            </button>
            {refusal ? (
              <p role="alert" className="text-sm text-red-700">
                {refusal.message}
              </p>
            ) : null}
          </div>
        </form>
      </FormProvider>
      <div aria-live="polite" aria-busy={check.isPending} className="lg:sticky lg:top-4">
        {check.data ? <CheckResultPanel answer={check.data} /> : <CheckPlaceholder />}
      </div>
    </div>
  );
}

function CheckPlaceholder() {
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 bg-white/60 p-6 text-sm text-zinc-600">
      <p className="font-medium text-zinc-800">The answer shows here.</p>
      <p className="mt-1">
        It names the first thing that stops the code, then every rule with a tick or a cross. With the customer&apos;s items it also works
        out the discount, line by line.
      </p>
    </div>
  );
}
