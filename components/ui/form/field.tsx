// The frame every form field shares: label, control, error and description, wired so that the
// control names its description and error (aria-describedby) and says when it is invalid.
import type { ReactNode } from "react";

export interface FieldAria {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
}

export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  /** Adds "(optional)" to the label; required fields stay unmarked, as most are. */
  optional?: boolean;
  required?: boolean;
  /** Beside the label, on the right: a counter, a button. */
  aside?: ReactNode;
  className?: string;
}

export const descriptionId = (id: string) => `${id}-description`;
export const errorId = (id: string) => `${id}-error`;

/** The ids a control must point at, in the order a screen reader should read them. */
export function fieldAria({
  id,
  description,
  error,
  required,
}: Pick<FieldFrameProps, "id" | "description" | "error" | "required">): FieldAria {
  const describedBy = [error ? errorId(id) : null, description ? descriptionId(id) : null].filter(Boolean).join(" ");
  return {
    id,
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(error ? { "aria-invalid": true as const } : {}),
    ...(required ? { "aria-required": true as const } : {}),
  };
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(id)} className="mt-1.5 flex items-start gap-1.5 text-sm text-rose-700">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 flex-none fill-current">
        <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.75 4.5a.75.75 0 0 1 1.5 0v4a.75.75 0 0 1-1.5 0v-4ZM10 14.75a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z" />
      </svg>
      <span>{error}</span>
    </p>
  );
}

export function FieldDescription({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={descriptionId(id)} className="mt-1.5 text-sm text-zinc-600">
      {children}
    </p>
  );
}

export function FieldFrame({
  id,
  label,
  description,
  error,
  optional,
  aside,
  className,
  children,
}: FieldFrameProps & { children: ReactNode }) {
  return (
    <div className={className}>
      <div className="mb-1.5 flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-zinc-900">
          {label}
          {optional ? <span className="font-normal text-zinc-500"> (optional)</span> : null}
        </label>
        {aside}
      </div>
      {children}
      <FieldError id={id} error={error} />
      <FieldDescription id={id}>{description}</FieldDescription>
    </div>
  );
}

export const controlClass = (invalid: boolean) =>
  [
    "block w-full rounded-md border bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs placeholder:text-zinc-400",
    "disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-500",
    invalid ? "border-rose-500 input-focus-invalid" : "border-zinc-300 input-focus",
  ].join(" ");
