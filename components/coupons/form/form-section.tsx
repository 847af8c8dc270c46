// A card of the coupon form: a heading, an optional line under it, the fields.
import type { ReactNode } from "react";

export function FormSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-zinc-200 bg-white p-5 shadow-xs sm:p-6">
      <h2 id={`${id}-title`} className="text-base font-semibold text-zinc-900">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-zinc-600">{description}</p> : null}
      <div className="mt-5 space-y-5">{children}</div>
    </section>
  );
}
