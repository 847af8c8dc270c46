"use client";
// Where the catalogue refuses (a Wix key without the app's read permission): the item's id typed
// in by hand, checked against the site's catalogue as it is typed.
import { TextField } from "@/components/ui/form/text-field";
import type { ItemPickerProps } from "./item-picker";
import { useItemCheck } from "./use-catalogue";

/** A typed-in item id, checked against the site's catalogue as it is typed. */
export function TypedItemId({
  id,
  namespace,
  group,
  label,
  required,
  value,
  onChange,
  onBlur,
  inputRef,
  error,
  description,
}: Omit<ItemPickerProps, "value"> & {
  label: string;
  value: { id: string; name: string };
  description: string;
}) {
  const typed = value.id.trim();
  const shown = useItemCheck(namespace, group, typed);
  const missing = shown?.state === "missing" ? shown.message : undefined;
  return (
    <div>
      <TextField
        id={id}
        ref={inputRef}
        label={`${label} ID`}
        optional={!required}
        error={error ?? missing}
        autoComplete="off"
        spellCheck={false}
        description={description}
        value={value.id}
        onChange={(event) => onChange({ id: event.target.value, name: "" })}
        onBlur={onBlur}
      />
      <p aria-live="polite" className="mt-1 text-xs text-zinc-600">
        {shown?.state === "checking"
          ? "Checking the ID…"
          : shown?.state === "found"
            ? `Found: ${[shown.item.name, shown.item.detail].filter(Boolean).join(" · ")}`
            : shown?.state === "unchecked"
              ? shown.message
              : ""}
      </p>
    </div>
  );
}
