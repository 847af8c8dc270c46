"use client";
// A wall-clock date and time in the merchant's zone: the browser's own date picker for the day and
// a 24-hour time typed beside it, so the form reads times as the rest of the app writes them
// ("23:59", never "11:59 PM" from a browser's 12-hour datetime input). The value stays one text,
// "yyyy-MM-ddTHH:mm", as the form schema reads it; half of it typed is kept as typed.
import type { Ref } from "react";
import { normaliseTime } from "@/lib/coupons/time/zoned-input";
import { controlClass, descriptionId, errorId, FieldDescription, FieldError, type FieldFrameProps } from "./field";

export interface DateTimeFieldProps extends Omit<FieldFrameProps, "aside" | "optional"> {
  /** The zone's short name on this date ("CEST"), shown after the time. */
  zone: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

const split = (value: string): [string, string] => {
  const [date = "", time = ""] = value.split("T");
  return [date, time];
};
const join = (date: string, time: string) => (date || time ? `${date}T${time}` : "");

export function DateTimeField({
  id,
  label,
  description,
  error,
  required,
  className,
  zone,
  value,
  onChange,
  onBlur,
  inputRef,
}: DateTimeFieldProps) {
  const [date, time] = split(value);
  const timeId = `${id}-time`;
  const describedBy = [error ? errorId(id) : null, description ? descriptionId(id) : null].filter(Boolean).join(" ") || undefined;
  const invalid = error ? (true as const) : undefined;
  return (
    <fieldset className={className} aria-describedby={describedBy}>
      <legend className="mb-1.5 text-sm font-medium text-zinc-900">{label}</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={id} className="mb-1 block text-xs text-zinc-600">
            Date
          </label>
          <input
            ref={inputRef}
            id={id}
            type="date"
            value={date}
            aria-invalid={invalid}
            aria-required={required || undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange(join(event.currentTarget.value, time))}
            onBlur={onBlur}
            className={controlClass(Boolean(error))}
          />
        </div>
        <div className="w-28">
          <label htmlFor={timeId} className="mb-1 block text-xs text-zinc-600">
            Time (24-hour)
          </label>
          <input
            id={timeId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="HH:MM"
            maxLength={5}
            value={time}
            aria-invalid={invalid}
            aria-required={required || undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange(join(date, event.currentTarget.value))}
            onBlur={() => {
              const tidy = normaliseTime(time);
              if (tidy !== time) onChange(join(date, tidy));
              onBlur?.();
            }}
            className={`${controlClass(Boolean(error))} tabular-nums`}
          />
        </div>
        <span aria-label={`Time zone ${zone}`} className="pb-2 text-sm text-zinc-500">
          {zone}
        </span>
      </div>
      <FieldError id={id} error={error} />
      <FieldDescription id={id}>{description}</FieldDescription>
    </fieldset>
  );
}
