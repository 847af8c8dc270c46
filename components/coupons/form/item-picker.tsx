"use client";
// The scope's item: a combobox that searches the catalogue by name and stores the item's id,
// always showing the name and what tells items apart ("Yoga Class · 60 min · $20.00"). Where the
// catalogue refuses (a Wix key without the app's read permission) it says which permission and
// takes a typed-in id instead, checked against the site as it is typed.
import { useId, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { descriptionId, errorId, FieldDescription, FieldError, controlClass } from "@/components/ui/form/field";
import { itemNoun } from "@/lib/coupons/form/form-options";
import type { PickerItem } from "@/lib/coupons/domain/catalogue";
import { PickerButton } from "./picker-button";
import { TypedItemId } from "./typed-item-id";
import { useCatalogueSearch } from "./use-catalogue";

export interface ItemPickerProps {
  id: string;
  namespace: string;
  group: string;
  required: boolean;
  value: { id: string; name: string };
  /** The picked item; `price` when the catalogue gives one. */
  onChange: (item: { id: string; name: string; price?: PickerItem["price"] }) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
  error?: string;
  /** Instead of the item's noun ("Product"). */
  label?: string;
  /** Instead of "Search by name and pick the product." */
  hint?: string;
}

export function ItemPicker({
  id,
  namespace,
  group,
  required,
  value,
  onChange,
  onBlur,
  inputRef,
  error,
  label: ownLabel,
  hint: ownHint,
}: ItemPickerProps) {
  const noun = itemNoun(group);
  const label = ownLabel ?? `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [changing, setChanging] = useState(false);
  const listId = useId();
  const ownInput = useRef<HTMLInputElement | null>(null);

  const search = useCatalogueSearch(namespace, group, query);
  // Each answer starts the highlight over at the first item.
  const [answered, setAnswered] = useState(search);
  if (search !== answered) {
    setAnswered(search);
    setActive(0);
  }

  const hint =
    ownHint ?? (required ? `Search by name and pick the ${noun}.` : `Leave empty for all ${noun}s, or search by name and pick one.`);

  if (search.state === "unavailable") {
    return (
      <TypedItemId
        id={id}
        namespace={namespace}
        group={group}
        label={label}
        required={required}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        inputRef={inputRef}
        error={error}
        description={search.message}
      />
    );
  }

  if (value.id && !changing) {
    return (
      <div>
        <p id={`${id}-label`} className="mb-1.5 text-sm font-medium text-zinc-900">
          {label}
        </p>
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-zinc-200 bg-zinc-50 px-3.5 py-2.5">
          <div className="min-w-0">
            <p className="truncate text-sm font-medium text-zinc-900">{value.name || `${label} ${value.id}`}</p>
            <p className="truncate font-mono text-xs text-zinc-500">ID {value.id}</p>
          </div>
          <div className="flex gap-2">
            <PickerButton
              ref={inputRef as Ref<HTMLButtonElement>}
              label={`Change ${noun}`}
              describedBy={`${id}-label`}
              onClick={() => {
                setChanging(true);
                setOpen(true);
                requestAnimationFrame(() => ownInput.current?.focus());
              }}
            />
            {!required ? <PickerButton label="Remove" describedBy={`${id}-label`} onClick={() => onChange({ id: "", name: "" })} /> : null}
          </div>
        </div>
        <FieldError id={id} error={error} />
      </div>
    );
  }

  const items = search.state === "ready" ? search.items : [];
  const expanded = open && items.length > 0;
  const choose = (item: PickerItem) => {
    onChange({ id: item.id, name: item.name, ...(item.price ? { price: item.price } : {}) });
    setChanging(false);
    setOpen(false);
    setQuery("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (items.length) setActive((i) => (event.key === "ArrowDown" ? (i + 1) % items.length : (i - 1 + items.length) % items.length));
    } else if (event.key === "Enter" && expanded) {
      event.preventDefault();
      const item = items[active];
      if (item) choose(item);
    } else if (event.key === "Escape") {
      if (expanded) event.preventDefault();
      setOpen(false);
      if (changing && !expanded) setChanging(false);
    }
  };
  const status =
    search.state === "loading"
      ? "Loading…"
      : search.state === "failed"
        ? "The search didn't answer. Type to try again."
        : items.length === 0
          ? search.query
            ? `No ${noun}s match “${search.query}”.`
            : `There are no ${noun}s yet.`
          : open
            ? `${search.state === "ready" && search.hasMore ? `The first ${items.length}` : items.length} ${items.length === 1 ? noun : `${noun}s`} found; use the arrow keys to pick one${search.state === "ready" && search.hasMore ? ", or type more of the name" : ""}.`
            : "";
  const describedBy = [error ? errorId(id) : null, descriptionId(id), `${id}-status`].filter(Boolean).join(" ");

  return (
    <div className="relative">
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-zinc-900">
        {label}
        {!required ? <span className="font-normal text-zinc-500"> (optional)</span> : null}
      </label>
      <input
        id={id}
        ref={(node) => {
          ownInput.current = node;
          if (typeof inputRef === "function") inputRef(node);
          else if (inputRef) (inputRef as { current: HTMLInputElement | null }).current = node;
        }}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && items[active] ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        placeholder={`Search ${noun}s by name`}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          // Leaving without a new pick keeps the item chosen before.
          if (changing && value.id) setChanging(false);
          onBlur();
        }}
        className={controlClass(Boolean(error))}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}s`}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-lg border border-zinc-200 bg-white py-1 shadow-lg"
      >
        {items.map((item, index) => (
          <li
            key={item.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(item)}
            className={`flex cursor-pointer items-center justify-between gap-3 px-3 py-2 text-sm ${index === active ? "bg-brand-50 text-brand-700" : "text-zinc-800"}`}
          >
            <span className="truncate">{item.name}</span>
            {item.detail ? <span className="flex-none text-xs text-zinc-600">{item.detail}</span> : null}
          </li>
        ))}
      </ul>
      <FieldError id={id} error={error} />
      <FieldDescription id={id}>{hint}</FieldDescription>
      <p id={`${id}-status`} aria-live="polite" className="mt-1 text-xs text-zinc-500">
        {status}
      </p>
    </div>
  );
}
