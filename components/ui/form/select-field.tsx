// A native select on the shared field frame; unavailable options stay listed, disabled.
import type { Ref, SelectHTMLAttributes } from "react";
import { controlClass, fieldAria, FieldFrame, type FieldFrameProps } from "./field";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps extends FieldFrameProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  options: SelectOption[];
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
}

export function SelectField({
  id,
  label,
  description,
  error,
  optional,
  required,
  aside,
  className,
  options,
  placeholder,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} description={description} error={error} optional={optional} aside={aside} className={className}>
      <select {...select} {...fieldAria({ id, description, error, required })} className={controlClass(Boolean(error))}>
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
