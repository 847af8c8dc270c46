// A radio group as cards. Unavailable options stay visible, disabled, with the reason beside
// them, so a merchant always sees why. Arrow keys move between the enabled options.
import type { ReactNode, Ref } from "react";
import { descriptionId, errorId, FieldDescription, FieldError } from "./field";

export interface RadioOption<V extends string = string> {
  value: V;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  /** Why it is disabled, shown under it. */
  reason?: ReactNode;
}

export interface RadioGroupFieldProps<V extends string> {
  id: string;
  name: string;
  legend: ReactNode;
  options: RadioOption<V>[];
  value: V | "";
  onChange: (value: V) => void;
  onBlur?: () => void;
  description?: ReactNode;
  error?: string;
  /** Cards per row on wide screens. */
  columns?: 1 | 2 | 3 | 5;
  /** A visually quieter legend, for a group nested in a section. */
  compact?: boolean;
  /** Receives the checked (or first enabled) radio, so a form can move focus to the group. */
  inputRef?: Ref<HTMLInputElement>;
}

const GRID = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3", 5: "sm:grid-cols-3 xl:grid-cols-5" } as const;

export function RadioGroupField<V extends string>({
  id,
  name,
  legend,
  options,
  value,
  onChange,
  onBlur,
  description,
  error,
  columns = 1,
  compact,
  inputRef,
}: RadioGroupFieldProps<V>) {
  const describedBy = [error ? errorId(id) : null, description ? descriptionId(id) : null].filter(Boolean).join(" ") || undefined;
  const focusTarget = options.find((o) => o.value === value && !o.disabled) ?? options.find((o) => !o.disabled);
  return (
    <fieldset role="radiogroup" id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className="min-w-0">
      <legend className={compact ? "mb-2 text-sm font-medium text-zinc-900" : "mb-2 text-sm font-semibold text-zinc-900"}>{legend}</legend>
      <div className={`grid gap-2 ${GRID[columns]}`}>
        {options.map((option) => {
          const optionId = `${id}-${option.value || "none"}`;
          const notes = [option.description ? `${optionId}-description` : null, option.reason ? `${optionId}-reason` : null]
            .filter(Boolean)
            .join(" ");
          return (
            <label
              key={option.value}
              htmlFor={optionId}
              className={[
                "relative flex gap-3 rounded-lg border px-3.5 py-3 text-sm transition-colors",
                option.disabled
                  ? "cursor-not-allowed border-dashed border-zinc-200 bg-zinc-50"
                  : "cursor-pointer border-zinc-200 bg-white hover:border-zinc-300 has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-600",
                "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600",
                error && !option.disabled ? "border-rose-300" : "",
              ].join(" ")}
            >
              <input
                ref={option === focusTarget ? inputRef : undefined}
                id={optionId}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                disabled={option.disabled}
                onChange={() => onChange(option.value)}
                onBlur={onBlur}
                // The name is the option's label alone; its description and reason are read after it.
                aria-labelledby={`${optionId}-label`}
                aria-describedby={notes || undefined}
                className="mt-0.5 h-4 w-4 flex-none accent-brand-600 focus:outline-none disabled:opacity-50"
              />
              <span className="min-w-0">
                <span
                  id={`${optionId}-label`}
                  className={option.disabled ? "block font-medium text-zinc-500" : "block font-medium text-zinc-900"}
                >
                  {option.label}
                </span>
                {option.description ? (
                  <span
                    id={`${optionId}-description`}
                    className={option.disabled ? "mt-0.5 block text-zinc-500" : "mt-0.5 block text-zinc-600"}
                  >
                    {option.description}
                  </span>
                ) : null}
                {option.reason ? (
                  <span id={`${optionId}-reason`} className="mt-1 flex items-start gap-1 text-zinc-600">
                    <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-3.5 w-3.5 flex-none fill-zinc-400">
                      <path d="M10 1a4.5 4.5 0 0 0-4.5 4.5V8H5a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7a2 2 0 0 0-2-2h-.5V5.5A4.5 4.5 0 0 0 10 1Zm3 7V5.5a3 3 0 1 0-6 0V8h6Z" />
                    </svg>
                    <span>
                      <span className="sr-only">Unavailable: </span>
                      {option.reason}
                    </span>
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={id} error={error} />
      <FieldDescription id={id}>{description}</FieldDescription>
    </fieldset>
  );
}
