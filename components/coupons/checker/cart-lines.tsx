"use client";
// The customer's cart for the checker: items picked by name from the catalogue (any kind a
// coupon can cover), with how many and the price of one, prefilled from the catalogue.
import { useRef } from "react";
import { Controller, get, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { ItemPicker } from "@/components/coupons/form/item-picker";
import { SelectField } from "@/components/ui/form/select-field";
import { TextField } from "@/components/ui/form/text-field";
import { Close, Plus } from "@/components/ui/icons";
import { ITEM_KINDS, kindKey } from "@/lib/coupons/domain/catalogue";
import { GROUP_LABELS } from "@/lib/coupons/domain/scope-matrix";
import { emptyLine, type CheckerValues } from "./checker-values";

/** What a cart holds: products, services, events' tickets; collections and plans are not cart lines. */
const CART_KINDS = ITEM_KINDS.filter((kind) => kind.group !== "collection" && kind.namespace !== "pricingPlans").map((kind) => ({
  value: kindKey(kind),
  label: GROUP_LABELS[kind.group] ?? kind.group,
}));

export function CartLines({ currency }: { currency: string }) {
  const { control, register, formState } = useFormContext<CheckerValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "lines" });
  const addButton = useRef<HTMLButtonElement>(null);
  const errorOf = (path: string) => errorAt(formState.errors, path);

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-zinc-900">
        Customer&apos;s items <span className="font-normal text-zinc-500">(optional)</span>
      </legend>
      {fields.length === 0 ? (
        <p className="text-sm text-zinc-600">Without items, the checker looks at the coupon&apos;s own rules only.</p>
      ) : null}
      <ol className="space-y-3">
        {fields.map((field, index) => (
          <li key={field.id} className="rounded-lg border border-zinc-200 bg-zinc-50/60 p-3">
            <div className="flex items-start justify-between gap-2">
              <p className="text-sm font-medium text-zinc-800">Item {index + 1}</p>
              <button
                type="button"
                className="btn h-7 px-2 text-xs"
                onClick={() => {
                  remove(index);
                  addButton.current?.focus();
                }}
              >
                <Close /> Remove<span className="sr-only"> item {index + 1}</span>
              </button>
            </div>
            <div className="mt-2 space-y-3">
              <SelectField id={`line-${index}-kind`} label="Kind" options={CART_KINDS} {...register(`lines.${index}.kind`)} />
              <LineItem index={index} error={errorOf(`lines.${index}.item`)} />
              <div className="grid grid-cols-2 gap-3">
                <TextField
                  id={`line-${index}-quantity`}
                  label="How many"
                  inputMode="numeric"
                  error={errorOf(`lines.${index}.quantity`)}
                  {...register(`lines.${index}.quantity`)}
                />
                <TextField
                  id={`line-${index}-price`}
                  label={`Price of one (${currency})`}
                  inputMode="decimal"
                  error={errorOf(`lines.${index}.unitPrice`)}
                  {...register(`lines.${index}.unitPrice`)}
                />
              </div>
            </div>
          </li>
        ))}
      </ol>
      <button ref={addButton} type="button" className="btn h-8" onClick={() => append(emptyLine(CART_KINDS[0]!.value))}>
        <Plus /> Add an item
      </button>
    </fieldset>
  );
}

/** The message of a nested field's error ("lines.0.quantity"), read with react-hook-form's own path lookup. */
export function errorAt(errors: unknown, path: string): string | undefined {
  const message = get<unknown, { message?: unknown } | undefined>(errors, path)?.message;
  return typeof message === "string" ? message : undefined;
}

/** The line's item, searched in the catalogue of the line's kind; its price fills an empty price. */
function LineItem({ index, error }: { index: number; error?: string }) {
  const { control, getValues, setValue } = useFormContext<CheckerValues>();
  const kind = useWatch({ control, name: `lines.${index}.kind` });
  const [namespace = "", group = ""] = kind.split("/");
  const input = useRef<HTMLInputElement>(null);
  return (
    <Controller
      control={control}
      name={`lines.${index}.item`}
      render={({ field }) => (
        <ItemPicker
          key={kind}
          id={`line-${index}-item`}
          namespace={namespace}
          group={group}
          required
          value={field.value}
          onChange={(item) => {
            field.onChange({ id: item.id, name: item.name });
            if (item.price && !getValues(`lines.${index}.unitPrice`).trim())
              setValue(`lines.${index}.unitPrice`, item.price.amount.toFixed(2));
          }}
          onBlur={field.onBlur}
          inputRef={input}
          error={error}
        />
      )}
    />
  );
}
