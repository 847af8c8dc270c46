"use client";
// What narrows the list right now, one removable chip per filter, and "Clear all".
import { Close } from "@/components/ui/icons";
import type { FieldId } from "@/lib/coupons/domain/fields";
import { FACET_KEYS } from "@/lib/coupons/domain/fields";
import type { TableState } from "@/lib/coupons/table/table-state";
import { FACET_LABELS } from "./facet-labels";

interface Chip {
  key: string;
  text: string;
  remove: (state: TableState) => TableState;
}

function rangeText(range: { min?: string; max?: string }): string {
  if (range.min !== undefined && range.max !== undefined) return `${range.min} – ${range.max}`;
  return range.min !== undefined ? `from ${range.min}` : `up to ${range.max}`;
}

export function chipsOf(state: TableState, labelOf: (field: FieldId) => string): Chip[] {
  const chips: Chip[] = [];
  if (state.search) chips.push({ key: "q", text: `Search: “${state.search}”`, remove: (s) => ({ ...s, search: "" }) });
  if (state.family) chips.push({ key: "family", text: `Code family: ${state.family}`, remove: (s) => ({ ...s, family: null }) });
  for (const key of FACET_KEYS) {
    const values: readonly string[] = state.facets[key];
    if (values.length === 0) continue;
    const { title, values: labels } = FACET_LABELS[key];
    chips.push({
      key,
      text: `${title}: ${values.map((v) => labels[v] ?? v).join(", ")}`,
      remove: (s) => ({ ...s, facets: { ...s.facets, [key]: [] } }),
    });
  }
  for (const [field, range] of Object.entries(state.ranges) as [FieldId, { min?: string; max?: string }][]) {
    chips.push({
      key: field,
      text: `${labelOf(field)}: ${rangeText(range)}`,
      remove: (s) => {
        const ranges = { ...s.ranges };
        delete ranges[field];
        return { ...s, ranges };
      },
    });
  }
  return chips;
}

interface FilterChipsProps {
  state: TableState;
  labelOf: (field: FieldId) => string;
  onChange: (next: TableState) => void;
  onClearAll: () => void;
}

export function FilterChips({ state, labelOf, onChange, onClearAll }: FilterChipsProps) {
  const chips = chipsOf(state, labelOf);
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-xs font-medium text-zinc-500">Filtered by</span>
      <ul className="flex flex-wrap gap-1.5">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              onClick={() => onChange({ ...chip.remove(state), page: 1 })}
              className="inline-flex items-center gap-1 rounded-full border border-zinc-200 bg-white py-0.5 pr-1.5 pl-2.5 text-xs text-zinc-700 hover:border-zinc-300 hover:bg-zinc-50 focus-ring"
            >
              <span className="sr-only">Remove filter </span>
              {chip.text}
              <Close />
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onClearAll}
        className="rounded px-1.5 text-xs font-medium text-brand-600 hover:underline focus-ring-inset"
      >
        Clear all
      </button>
    </div>
  );
}
