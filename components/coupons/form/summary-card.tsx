"use client";
// The live summary beside the form: the coupon in plain words as the merchant types.
import { useWatch } from "react-hook-form";
import type { CouponFormValues } from "@/lib/coupons/form/form-values";
import { summarizeCoupon } from "@/lib/coupons/form/form-summary";
import { useCouponFormMeta } from "./form-context";
import { useManyCodes } from "./use-many-codes";

export function SummaryCard() {
  const values = useWatch<CouponFormValues>() as CouponFormValues;
  const { settings } = useCouponFormMeta();
  const summary = summarizeCoupon(values, settings);
  const code = values.code.trim();
  const many = useManyCodes();

  return (
    <section aria-labelledby="summary-title" className="rounded-xl border border-zinc-200 bg-white p-5 shadow-xs">
      <h2 id="summary-title" className="text-sm font-semibold uppercase tracking-wide text-zinc-500">
        Summary
      </h2>
      {many?.on ? (
        <p className="mt-3 text-lg font-semibold text-zinc-900">
          {many.parsed.pattern ? `${many.parsed.pattern.count.toLocaleString("en-US")} codes like ` : "Codes like "}
          <span className="break-all font-mono">{code}</span>
        </p>
      ) : (
        <p className="mt-3 break-all font-mono text-lg font-semibold text-zinc-900">
          {code || <span className="text-zinc-500">No code yet</span>}
        </p>
      )}
      {values.name.trim() ? <p className="text-sm text-zinc-600">{values.name.trim()}</p> : null}
      <p data-testid="coupon-summary" className="mt-3 text-sm leading-6 text-zinc-800">
        {summary.sentence}
      </p>
      <dl className="mt-4 divide-y divide-zinc-100 border-t border-zinc-100 text-sm">
        {summary.facts.map((fact) => (
          <div key={fact.label} className="flex justify-between gap-4 py-2">
            <dt className="text-zinc-500">{fact.label}</dt>
            <dd className="text-right text-zinc-900">{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
