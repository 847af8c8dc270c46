"use client";
// The range filters' form, loaded when the panel first opens (see range-filters.tsx).
import type { FormEvent } from "react";
import type { FieldId } from "@/lib/coupons/domain/fields";
import type { Range } from "@/lib/coupons/table/filters";
import type { RangeField } from "./range-filters";

interface RangeFiltersFormProps {
  fields: readonly RangeField[];
  ranges: Partial<Record<FieldId, Range>>;
  zoneLabel: string;
  onApply: (ranges: Partial<Record<FieldId, Range>>) => void;
  close: () => void;
}

const INPUT = "mt-1 h-8 w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2 text-sm tabular-nums text-zinc-900 input-focus";

export function RangeFiltersForm({ fields, ranges, zoneLabel, onApply, close }: RangeFiltersFormProps) {
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: Partial<Record<FieldId, Range>> = {};
    for (const { field } of fields) {
      const min = String(data.get(`${field}.min`) ?? "").trim();
      const max = String(data.get(`${field}.max`) ?? "").trim();
      if (min || max) next[field] = { ...(min ? { min } : {}), ...(max ? { max } : {}) };
    }
    onApply(next);
    close();
  };
  return (
    <form onSubmit={apply} aria-label="Range filters">
      <div className="space-y-3 p-3">
        {fields.map((f, i) => (
          <fieldset key={f.field}>
            <legend className="mb-1 text-xs font-semibold text-zinc-700">
              {f.label}
              {f.kind === "date" ? <span className="font-normal text-zinc-500"> · days in {zoneLabel}</span> : null}
            </legend>
            <div className="grid grid-cols-2 gap-2">
              {f.min ? (
                <label className="block text-xs text-zinc-600">
                  {f.kind === "date" ? "From" : "Min"}
                  <input
                    autoFocus={i === 0}
                    name={`${f.field}.min`}
                    type={f.kind === "date" ? "date" : "number"}
                    min={f.kind === "number" ? 0 : undefined}
                    step="any"
                    defaultValue={ranges[f.field]?.min ?? ""}
                    className={INPUT}
                  />
                </label>
              ) : null}
              {f.max ? (
                <label className={`block text-xs text-zinc-600 ${f.min ? "" : "col-start-2"}`}>
                  {f.kind === "date" ? "To" : "Max"}
                  <input
                    autoFocus={i === 0 && !f.min}
                    name={`${f.field}.max`}
                    type={f.kind === "date" ? "date" : "number"}
                    min={f.kind === "number" ? 0 : undefined}
                    step="any"
                    defaultValue={ranges[f.field]?.max ?? ""}
                    className={INPUT}
                  />
                </label>
              ) : null}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="flex justify-between gap-2 border-t border-zinc-100 bg-zinc-50/60 px-3 py-2">
        <button
          type="button"
          onClick={() => {
            onApply({});
            close();
          }}
          className="rounded-md px-2.5 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100 focus-ring-inset"
        >
          Clear ranges
        </button>
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 focus-ring">
          Apply
        </button>
      </div>
    </form>
  );
}
