"use client";
// Server-side paging: page size, "26–50 of 1,234", first/previous/next/last. Pages are links to
// their URL (open in a new tab, copy), and a plain click stays in the page.
import type { MouseEvent, ReactNode } from "react";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "@/components/ui/icons";
import { PAGE_SIZES, type PageSize, type TableState } from "@/lib/coupons/table/table-state";
import { useLocalCopy } from "./use-local-copy";
import { hrefFor } from "./hooks/use-table-url";

interface PaginationProps {
  state: TableState;
  total: number;
  onChange: (next: TableState) => void;
}

const fmt = (n: number) => n.toLocaleString("en-US");
const BUTTON = "btn size-8 justify-center px-0 text-zinc-700";
const DISABLED = "inline-flex size-8 items-center justify-center rounded-md border border-zinc-200 text-zinc-300";

function PageLink({
  to,
  label,
  state,
  onChange,
  children,
}: {
  to: number;
  label: string;
  state: TableState;
  onChange: PaginationProps["onChange"];
  children: ReactNode;
}) {
  const target = { ...state, page: to };
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onChange(target);
  };
  return (
    <a href={hrefFor(target)} onClick={go} aria-label={label} title={label} className={BUTTON}>
      {children}
    </a>
  );
}

function Disabled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <span role="link" aria-disabled="true" aria-label={label} className={DISABLED}>
      {children}
    </span>
  );
}

export function Pagination({ state, total, onChange }: PaginationProps) {
  const [pageSize, setPageSize] = useLocalCopy(state.pageSize);
  const pageCount = Math.max(1, Math.ceil(total / state.pageSize));
  const first = total === 0 ? 0 : Math.min(total, (state.page - 1) * state.pageSize + 1);
  const last = Math.min(total, state.page * state.pageSize);
  const prev = state.page > 1;
  const next = state.page < pageCount;
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-wrap items-center justify-between gap-3 border-t border-zinc-200 px-4 py-3 text-sm text-zinc-600"
    >
      <div className="flex items-center gap-2">
        <label htmlFor="page-size">Rows per page</label>
        <select
          id="page-size"
          value={pageSize}
          onChange={(event) => {
            const size = Number(event.currentTarget.value) as PageSize;
            setPageSize(size);
            onChange({ ...state, page: 1, pageSize: size });
          }}
          className="h-8 rounded-md border border-zinc-300 bg-white pr-7 pl-2 text-sm text-zinc-900 focus-ring"
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <p className="tabular-nums" aria-live="polite">
        {first > last ? (
          `Page ${fmt(state.page)} is past the end`
        ) : (
          <>
            {fmt(first)}–{fmt(last)} of {fmt(total)}
          </>
        )}
      </p>
      <div className="flex items-center gap-1.5">
        <span className="mr-1.5 tabular-nums">
          Page {fmt(Math.min(state.page, pageCount))} of {fmt(pageCount)}
        </span>
        {prev ? (
          <PageLink to={1} label="First page" state={state} onChange={onChange}>
            <ChevronsLeft />
          </PageLink>
        ) : (
          <Disabled label="First page">
            <ChevronsLeft />
          </Disabled>
        )}
        {prev ? (
          <PageLink to={Math.min(state.page - 1, pageCount)} label="Previous page" state={state} onChange={onChange}>
            <ChevronLeft />
          </PageLink>
        ) : (
          <Disabled label="Previous page">
            <ChevronLeft />
          </Disabled>
        )}
        {next ? (
          <PageLink to={state.page + 1} label="Next page" state={state} onChange={onChange}>
            <ChevronRight />
          </PageLink>
        ) : (
          <Disabled label="Next page">
            <ChevronRight />
          </Disabled>
        )}
        {next ? (
          <PageLink to={pageCount} label="Last page" state={state} onChange={onChange}>
            <ChevronsRight />
          </PageLink>
        ) : (
          <Disabled label="Last page">
            <ChevronsRight />
          </Disabled>
        )}
      </div>
    </nav>
  );
}
