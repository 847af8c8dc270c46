"use client";
// The checker's answer: one sentence first (the first rule that fails, or what the customer gets),
// then every rule with its verdict, the discount line by line, a plan's prices per payment, and a
// button that copies a customer-friendly explanation.
import { useState } from "react";
import { Check, Close, Copy } from "@/components/ui/icons";
import type { Verdict } from "@/lib/coupons/checker/types";
import { formatDateTime } from "@/lib/coupons/time/dates";
import { formatMoney } from "@/lib/coupons/domain/format";
import type { CodeCheckAnswer } from "@/lib/server/checker/check-code";

const VERDICT: Record<Verdict, { words: string; mark: string; tone: string }> = {
  pass: { words: "Passes", mark: "✓", tone: "bg-emerald-50 text-emerald-700 ring-emerald-200" },
  fail: { words: "Fails", mark: "✗", tone: "bg-red-50 text-red-700 ring-red-200" },
  unknown: { words: "Can't tell", mark: "?", tone: "bg-amber-50 text-amber-800 ring-amber-200" },
  "not-applicable": { words: "Doesn't apply", mark: "–", tone: "bg-zinc-100 text-zinc-500 ring-zinc-200" },
};

export function CheckResultPanel({ answer }: { answer: CodeCheckAnswer }) {
  const failed = answer.rules.some((r) => r.verdict === "fail");
  const unsure = !failed && answer.rules.some((r) => r.verdict === "unknown");
  const tone = failed
    ? "border-red-200 bg-red-50 text-red-900"
    : unsure
      ? "border-amber-200 bg-amber-50 text-amber-900"
      : "border-emerald-200 bg-emerald-50 text-emerald-900";
  return (
    <article aria-labelledby="check-answer" className="space-y-5 rounded-xl border border-zinc-200 bg-white p-5 shadow-xs">
      <div className={`rounded-lg border px-4 py-3 ${tone}`}>
        <h2 id="check-answer" className="sr-only">
          Answer
        </h2>
        <p className="text-base font-medium" data-testid="check-sentence">
          {answer.sentence}
        </p>
        <p className="mt-1 text-xs opacity-80">
          Checked for {formatDateTime(answer.at, answer.timeZone)} {answer.timeZone}
        </p>
      </div>
      {answer.coupon ? (
        <p className="text-sm text-zinc-700">
          <span className="font-mono font-medium text-zinc-900">{answer.coupon.code}</span> · {answer.coupon.name} · {answer.coupon.value} ·{" "}
          {answer.coupon.appliesTo}
        </p>
      ) : null}
      <section aria-labelledby="check-rules">
        <h3 id="check-rules" className="text-sm font-semibold text-zinc-900">
          Every rule
        </h3>
        <ul className="mt-2 divide-y divide-zinc-100">
          {answer.rules.map((rule) => {
            const verdict = VERDICT[rule.verdict];
            return (
              <li key={rule.rule} className="flex items-start gap-3 py-2">
                <span
                  aria-hidden="true"
                  className={`mt-0.5 inline-flex size-5 flex-none items-center justify-center rounded-full text-xs font-bold ring-1 ${verdict.tone}`}
                >
                  {verdict.mark}
                </span>
                <div className="min-w-0 text-sm">
                  <p className="font-medium text-zinc-900">
                    {rule.label}
                    <span className="sr-only">: {verdict.words}</span>
                  </p>
                  <p className="text-zinc-600">{rule.detail}</p>
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      {answer.discount ? <DiscountTable answer={answer} /> : null}
      {answer.plan ? <PlanTable answer={answer} /> : null}
      <CopyExplanation text={answer.customerText} />
    </article>
  );
}

function DiscountTable({ answer }: { answer: CodeCheckAnswer }) {
  const discount = answer.discount!;
  if (discount.lines.length === 0 && !discount.freeShipping) return null;
  const money = (n: number) => formatMoney(n, discount.currency);
  return (
    <section aria-labelledby="check-discount">
      <h3 id="check-discount" className="text-sm font-semibold text-zinc-900">
        The discount
      </h3>
      {discount.lines.length > 0 ? (
        <table className="mt-2 w-full text-sm">
          <thead>
            <tr className="text-left text-xs text-zinc-600 uppercase">
              <th scope="col" className="py-1 font-semibold">
                Item
              </th>
              <th scope="col" className="py-1 font-semibold">
                How
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                Off
              </th>
            </tr>
          </thead>
          <tbody>
            {discount.lines.map((line) => (
              <tr key={line.line} className="border-t border-zinc-100">
                <td className="py-1.5 pr-3 text-zinc-900">{line.name}</td>
                <td className="py-1.5 pr-3 text-zinc-600">{line.note}</td>
                <td className="py-1.5 text-right tabular-nums text-zinc-900">{money(line.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t border-zinc-200">
              <th scope="row" colSpan={2} className="py-1.5 text-left font-semibold text-zinc-900">
                In total
              </th>
              <td className="py-1.5 text-right font-semibold tabular-nums text-zinc-900">{money(discount.total)}</td>
            </tr>
          </tfoot>
        </table>
      ) : null}
      {discount.freeShipping ? <p className="mt-2 text-sm text-zinc-800">Shipping is free for this order.</p> : null}
    </section>
  );
}

function PlanTable({ answer }: { answer: CodeCheckAnswer }) {
  const plan = answer.plan!;
  const money = (text: string, currency: string) => formatMoney(Number(text), currency);
  const payments = (d: { cycleFrom: number; numberOfCycles?: number }) =>
    d.numberOfCycles === undefined
      ? `From payment ${d.cycleFrom} on`
      : d.numberOfCycles === 1
        ? `Payment ${d.cycleFrom}`
        : `Payments ${d.cycleFrom}–${d.cycleFrom + d.numberOfCycles - 1}`;
  return (
    <section aria-labelledby="check-plan-prices">
      <h3 id="check-plan-prices" className="text-sm font-semibold text-zinc-900">
        {answer.planName ? `${answer.planName}: ` : ""}price per payment
      </h3>
      <table className="mt-2 w-full text-sm">
        <thead>
          <tr className="text-left text-xs text-zinc-600 uppercase">
            <th scope="col" className="py-1 font-semibold">
              Payments
            </th>
            <th scope="col" className="py-1 text-right font-semibold">
              Price
            </th>
            <th scope="col" className="py-1 text-right font-semibold">
              Discount
            </th>
            <th scope="col" className="py-1 text-right font-semibold">
              Customer pays
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.prices.map((entry) => (
            <tr key={entry.duration.cycleFrom} className="border-t border-zinc-100 tabular-nums">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal text-zinc-900">
                {payments(entry.duration)}
              </th>
              <td className="py-1.5 text-right text-zinc-700">{money(entry.price.subtotal, entry.price.currency)}</td>
              <td className="py-1.5 text-right text-zinc-700">{money(entry.price.discount, entry.price.currency)}</td>
              <td className="py-1.5 text-right font-medium text-zinc-900">{money(entry.price.total, entry.price.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm text-zinc-700">{plan.summary}</p>
    </section>
  );
}

function CopyExplanation({ text }: { text: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <section aria-labelledby="check-customer" className="rounded-lg border border-zinc-200 bg-zinc-50 p-4">
      <h3 id="check-customer" className="text-sm font-semibold text-zinc-900">
        For the customer
      </h3>
      <p className="mt-1 text-sm whitespace-pre-line text-zinc-700">{text}</p>
      <div className="mt-3 flex items-center gap-3">
        <button type="button" className="btn h-8" onClick={copy}>
          <Copy /> Copy for the customer
        </button>
        <span role="status" className="text-sm text-zinc-600">
          {state === "copied" ? (
            <span className="inline-flex items-center gap-1 text-emerald-700">
              <Check /> Copied
            </span>
          ) : state === "failed" ? (
            <span className="inline-flex items-center gap-1 text-red-700">
              <Close /> The browser didn&apos;t allow copying; select the text instead.
            </span>
          ) : null}
        </span>
      </div>
    </section>
  );
}
