"use client";
// A facet's options, loaded when its panel first opens (or the pointer heads for its button):
// checkboxes when the backend can match several values, radio buttons when only one.
import type { FacetKey } from "@/lib/coupons/domain/fields";

const OPTION = "flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1.5 hover:bg-zinc-50";
const INPUT = "size-4 accent-brand-600 focus-ring";

interface FacetOptionsProps {
  facet: FacetKey;
  mode: "multi" | "single";
  title: string;
  values: readonly string[];
  labels: Record<string, string>;
  selected: readonly string[];
  toggle: (value: string, on: boolean) => void;
  onChange: (values: string[]) => void;
}

export function FacetOptions({ facet, mode, title, values, labels, selected, toggle, onChange }: FacetOptionsProps) {
  const active = selected.length > 0;
  return (
    <>
      <fieldset className="p-1.5">
        <legend className="px-2 pt-1 pb-1.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">{title}</legend>
        {values.map((value, i) => (
          <label key={value} className={OPTION}>
            <input
              type={mode === "single" ? "radio" : "checkbox"}
              name={`facet-${facet}`}
              className={INPUT}
              // Keyboard users land in the panel, as the popover does for content there at once.
              autoFocus={i === 0}
              checked={selected.includes(value)}
              onChange={(event) => toggle(value, event.currentTarget.checked)}
            />
            <span>{labels[value]}</span>
          </label>
        ))}
      </fieldset>
      {active ? (
        <div className="border-t border-zinc-100 p-1.5">
          <button
            type="button"
            onClick={() => onChange([])}
            className="w-full rounded-md px-2 py-1.5 text-left text-sm text-zinc-600 hover:bg-zinc-50 focus-ring-inset"
          >
            Clear {title.toLowerCase()} filter
          </button>
        </div>
      ) : null}
    </>
  );
}
