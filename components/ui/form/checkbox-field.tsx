// A checkbox with its label and description; when locked, the reason says why.
import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { descriptionId, errorId, FieldError } from "./field";

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

export function CheckboxField({ id, label, description, error, disabled, ...input }: CheckboxFieldProps) {
  const describedBy = [error ? errorId(id) : null, description ? descriptionId(id) : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={id}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...input}
          className="mt-0.5 h-4 w-4 flex-none rounded accent-brand-600 focus-ring disabled:cursor-not-allowed"
        />
        <div className="min-w-0 text-sm">
          <label htmlFor={id} className={disabled ? "font-medium text-zinc-600" : "font-medium text-zinc-900"}>
            {label}
          </label>
          {description ? (
            <p id={descriptionId(id)} className="mt-0.5 text-zinc-600">
              {description}
            </p>
          ) : null}
        </div>
      </div>
      <div className="pl-7">
        <FieldError id={id} error={error} />
      </div>
    </div>
  );
}
