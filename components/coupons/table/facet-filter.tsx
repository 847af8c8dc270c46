"use client";
// A faceted filter (status, type, namespace): checkboxes when the backend can match several values
// ($hasSome), radio buttons when it can only match one ($eq).
import { lazy, Suspense } from "react";
import { ChevronDown } from "@/components/ui/icons";
import { Popover } from "@/components/ui/popover";
import type { FacetKey } from "@/lib/coupons/domain/fields";
import { FACETS } from "@/lib/coupons/table/filters";
import { FACET_LABELS } from "./facet-labels";
import { useLocalCopy } from "./use-local-copy";

interface FacetFilterProps {
  facet: FacetKey;
  mode: "multi" | "single";
  selected: readonly string[];
  onChange: (values: string[]) => void;
}

// The options load when the panel first opens (or the pointer heads for its button), keeping
// them out of the page's first load.
const loadOptions = () => import("./facet-options");
const FacetOptions = lazy(() => loadOptions().then((m) => ({ default: m.FacetOptions })));

export function FacetFilter({ facet, mode, selected: fromUrl, onChange: navigate }: FacetFilterProps) {
  const [selected, setSelected] = useLocalCopy(fromUrl);
  const onChange = (next: string[]) => {
    setSelected(next);
    navigate(next);
  };
  const { title, values: labels } = FACET_LABELS[facet];
  const values: readonly string[] = FACETS[facet].values;
  const active = selected.length > 0;
  const toggle = (value: string, on: boolean) =>
    onChange(mode === "single" ? (on ? [value] : []) : values.filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <Popover
      trigger={
        <>
          <span>{title}</span>
          <span className="sr-only"> filter</span>
          {active ? (
            <span className="rounded bg-brand-50 px-1.5 text-xs font-semibold text-brand-700">
              {selected.length === 1 ? labels[selected[0]!] : selected.length}
              <span className="sr-only"> selected</span>
            </span>
          ) : null}
          <ChevronDown />
        </>
      }
      triggerClassName={`inline-flex h-9 items-center gap-1.5 rounded-md border px-3 text-sm font-medium shadow-xs focus-ring ${
        active
          ? "border-brand-500/40 bg-brand-50/60 text-zinc-900 hover:bg-brand-50"
          : "border-dashed border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-50"
      }`}
      panelClassName="w-56"
      onIntent={() => void loadOptions()}
    >
      <Suspense fallback={<p className="p-4 text-sm text-zinc-500">Loading filters…</p>}>
        <FacetOptions
          facet={facet}
          mode={mode}
          title={title}
          values={values}
          labels={labels}
          selected={selected}
          toggle={toggle}
          onChange={onChange}
        />
      </Suspense>
    </Popover>
  );
}
