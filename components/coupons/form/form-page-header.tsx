// The form pages' header: where you are (Coupons / …), the title and, when editing, the way to
// a duplicate.
import type { ReactNode } from "react";
import { TableLink } from "./table-link";

export function FormPageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <nav aria-label="Breadcrumb" className="mb-1 text-sm">
          <ol className="flex items-center gap-1.5 text-zinc-500">
            <li>
              <TableLink className="rounded hover:text-zinc-800 focus-ring">Coupons</TableLink>
            </li>
            <li aria-hidden="true">/</li>
            <li aria-current="page" className="truncate text-zinc-700">
              {title}
            </li>
          </ol>
        </nav>
        <h1 className="truncate text-2xl font-semibold text-zinc-900">{title}</h1>
        {description ? <p className="mt-1 text-sm text-zinc-600">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}
