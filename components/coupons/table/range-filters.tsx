"use client";
// Range filters for dates and numbers, one form for all of them: from/to days in the merchant's
// time zone, min/max numbers, both ends inclusive. Only the sides the backend can compare show.
import type { FormEvent } from "react";
import { Filter } from "@/components/ui/icons";
import { Popover } from "@/components/ui/popover";
import type { FieldId } from "@/lib/coupons/fields";
import type { Range, RangeKind } from "@/lib/coupons/table-state";

export interface RangeField {
  field: FieldId;
  label: string;
  kind: RangeKind;
  min: boolean;
  max: boolean;
}

interface RangeFiltersProps {
  fields: readonly RangeField[];
  ranges: Partial<Record<FieldId, Range>>;
  zoneLabel: string;
  onApply: (ranges: Partial<Record<FieldId, Range>>) => void;
}

const INPUT =
  "h-8 w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2 text-sm tabular-nums text-zinc-900 focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30";

export function RangeFilters({ fields, ranges, zoneLabel, onApply }: RangeFiltersProps) {
  const count = fields.filter((f) => ranges[f.field]).length;
  const apply = (event: FormEvent<HTMLFormElement>, close: () => void) => {
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
  if (fields.length === 0) return null;
  return (
    <Popover
      trigger={
        <>
          <Filter />
          <span>More filters</span>
          {count ? (
            <span className="rounded bg-brand-50 px-1.5 text-xs font-semibold text-brand-700">
              {count}
              <span className="sr-only"> active</span>
            </span>
          ) : null}
        </>
      }
      panelClassName="w-[22rem]"
    >
      {(close) => (
        <form onSubmit={(event) => apply(event, close)} aria-label="Range filters">
          <div className="space-y-3 p-3">
            {fields.map((f) => (
              <fieldset key={f.field}>
                <legend className="mb-1 text-xs font-semibold text-zinc-700">
                  {f.label}
                  {f.kind === "date" ? <span className="font-normal text-zinc-500"> · days in {zoneLabel}</span> : null}
                </legend>
                <div className="flex items-center gap-2">
                  {f.min ? (
                    <label className="flex flex-1 items-center gap-1.5 text-xs text-zinc-600">
                      {f.kind === "date" ? "From" : "Min"}
                      <input name={`${f.field}.min`} type={f.kind === "date" ? "date" : "number"} min={f.kind === "number" ? 0 : undefined} step="any" defaultValue={ranges[f.field]?.min ?? ""} className={INPUT} />
                    </label>
                  ) : null}
                  {f.max ? (
                    <label className="flex flex-1 items-center gap-1.5 text-xs text-zinc-600">
                      {f.kind === "date" ? "To" : "Max"}
                      <input name={`${f.field}.max`} type={f.kind === "date" ? "date" : "number"} min={f.kind === "number" ? 0 : undefined} step="any" defaultValue={ranges[f.field]?.max ?? ""} className={INPUT} />
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
              className="rounded-md px-2.5 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              Clear ranges
            </button>
            <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
              Apply
            </button>
          </div>
        </form>
      )}
    </Popover>
  );
}
