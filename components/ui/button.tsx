// The app's buttons, in the variants it uses, with the focus ring built in. `buttonClass` gives
// the same look to a link (<a>, next/link, TableLink) that acts as a button.
import type { ButtonHTMLAttributes, Ref } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

const BASE = "inline-flex items-center justify-center gap-2 rounded-md text-sm shadow-xs disabled:cursor-not-allowed disabled:opacity-70";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 focus-ring",
  secondary: "border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50 focus-ring",
  danger: "bg-rose-700 text-white hover:bg-rose-800 focus-ring-rose",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "px-3 py-1.5 font-medium",
  md: "px-4 py-2 font-medium",
  /** A form's main action: a little taller and bolder. */
  lg: "px-4 py-2.5 font-semibold",
};

export function buttonClass(variant: ButtonVariant = "secondary", size: ButtonSize = "sm", className?: string): string {
  return [BASE, VARIANTS[variant], SIZES[size], className].filter(Boolean).join(" ");
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  ref?: Ref<HTMLButtonElement>;
}

/** A <button>, type="button" unless told otherwise, so it never submits a form by accident. */
export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}

/** The spinner a busy primary button shows before its "…ing" label. */
export function ButtonSpinner() {
  return <span aria-hidden="true" className="h-4 w-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />;
}
