"use client";
// Range filters for dates and numbers, one form for all of them: from/to days in the merchant's
// time zone, min/max numbers, both ends inclusive. Only the sides the backend can compare show.
import { lazy, Suspense } from "react";
import { Filter } from "@/components/ui/icons";
import { Popover } from "@/components/ui/popover";
import type { FieldId } from "@/lib/coupons/domain/fields";
import type { Range, RangeKind } from "@/lib/coupons/table/filters";

// The form loads when the panel first opens (or the pointer heads for its button): most visits
// never use range filters, so they stay out of the page's first load.
const loadForm = () => import("./range-filters-form");
const RangeFiltersForm = lazy(() => loadForm().then((m) => ({ default: m.RangeFiltersForm })));

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

export function RangeFilters({ fields, ranges, zoneLabel, onApply }: RangeFiltersProps) {
  const count = fields.filter((f) => ranges[f.field]).length;
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
      panelClassName="w-[24rem]"
      onIntent={() => void loadForm()}
    >
      {(close) => (
        <Suspense fallback={<p className="p-4 text-sm text-zinc-500">Loading filters…</p>}>
          <RangeFiltersForm fields={fields} ranges={ranges} zoneLabel={zoneLabel} onApply={onApply} close={close} />
        </Suspense>
      )}
    </Popover>
  );
}
