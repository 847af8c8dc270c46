// Text, number and money inputs on the shared field frame (dates: date-time-field.tsx). Numbers stay text in the
// form (inputMode brings up the right keyboard), so what the merchant typed is never coerced.
import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { controlClass, fieldAria, FieldFrame, type FieldFrameProps } from "./field";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "prefix"> & { ref?: Ref<HTMLInputElement> };

export interface TextFieldProps extends FieldFrameProps, InputProps {
  /** Inside the input, before the text: "$". */
  prefix?: ReactNode;
  /** Inside the input, after the text: "%", "CEST". */
  suffix?: ReactNode;
}

export function TextField({
  id,
  label,
  description,
  error,
  optional,
  required,
  aside,
  className,
  prefix,
  suffix,
  ...input
}: TextFieldProps) {
  const aria = fieldAria({ id, description, error, required });
  return (
    <FieldFrame id={id} label={label} description={description} error={error} optional={optional} aside={aside} className={className}>
      <div className="relative">
        {prefix ? (
          <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-0 flex items-center pl-3 text-sm text-zinc-500">
            {prefix}
          </span>
        ) : null}
        <input
          type="text"
          {...input}
          {...aria}
          className={`${controlClass(Boolean(error))} ${prefix ? "pl-7" : ""} ${suffix ? "pr-14" : ""}`}
        />
        {suffix ? (
          <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-0 flex items-center pr-3 text-sm text-zinc-500">
            {suffix}
          </span>
        ) : null}
      </div>
    </FieldFrame>
  );
}

/** Whole numbers: uses, cycles, quantities. */
export function NumberField(props: TextFieldProps) {
  return <TextField inputMode="numeric" autoComplete="off" {...props} />;
}

/** An amount in the merchant's currency, the symbol shown before it. */
export function MoneyField({ currencySymbol, ...props }: TextFieldProps & { currencySymbol: string }) {
  return <TextField inputMode="decimal" autoComplete="off" prefix={currencySymbol} {...props} />;
}
