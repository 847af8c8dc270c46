import Link from "next/link";

interface PagerProps {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
}

/** Previous / next links with "21–40 of 250"; plain links, so they work without JavaScript. */
export function Pager({ page, pageCount, total, pageSize, hrefFor }: PagerProps) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const linkClass =
    "rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
  const disabledClass = "rounded-md border border-zinc-200 px-3 py-1.5 text-sm text-zinc-400";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 py-3">
      <p className="text-sm text-zinc-600">
        {first}–{last} of {total.toLocaleString("en-US")}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">
            Previous
          </Link>
        ) : (
          <span className={disabledClass} aria-disabled="true">
            Previous
          </span>
        )}
        {page < pageCount ? (
          <Link className={linkClass} href={hrefFor(page + 1)} rel="next">
            Next
          </Link>
        ) : (
          <span className={disabledClass} aria-disabled="true">
            Next
          </span>
        )}
      </div>
    </nav>
  );
}
