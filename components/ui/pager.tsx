// The one pager: "26–50 of 1,234", "Page 2 of 50" and first/previous/next/last. Pages are links
// to their URL (open in a new tab, copy; without JavaScript they simply load). Given `onPage`, a
// plain click stays in the page and calls it instead. No hooks, so a server page can render it too
// (the audit log); what needs the browser, a page-size choice, comes in as `sizeControl`.
import type { MouseEvent, ReactNode } from "react";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "./icons";

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
  onPage?: (page: number) => void;
  /** Before the counts: the page-size select, with its label. */
  sizeControl?: ReactNode;
  className?: string;
}

const fmt = (n: number) => n.toLocaleString("en-US");
const BUTTON = "btn size-8 justify-center px-0 text-zinc-700";
const DISABLED = "inline-flex size-8 items-center justify-center rounded-md border border-zinc-200 text-zinc-300";
const FRAME = "flex flex-wrap items-center justify-between gap-3 border-t border-zinc-200 px-4 py-3 text-sm text-zinc-600";

function PageLink({
  to,
  label,
  hrefFor,
  onPage,
  children,
}: {
  to: number;
  label: string;
  hrefFor: PagerProps["hrefFor"];
  onPage: PagerProps["onPage"];
  children: ReactNode;
}) {
  const go = onPage
    ? (event: MouseEvent<HTMLAnchorElement>) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onPage(to);
      }
    : undefined;
  return (
    <a href={hrefFor(to)} onClick={go} aria-label={label} title={label} className={BUTTON}>
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

export function Pager({ page, pageSize, total, hrefFor, onPage, sizeControl, className = FRAME }: PagerProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  const prev = page > 1;
  const next = page < pageCount;
  const links = [
    { on: prev, to: 1, label: "First page", icon: <ChevronsLeft /> },
    { on: prev, to: Math.min(page - 1, pageCount), label: "Previous page", icon: <ChevronLeft /> },
    { on: next, to: page + 1, label: "Next page", icon: <ChevronRight /> },
    { on: next, to: pageCount, label: "Last page", icon: <ChevronsRight /> },
  ];
  return (
    <nav aria-label="Pagination" className={className}>
      {sizeControl ? <div className="flex items-center gap-2">{sizeControl}</div> : null}
      <p className="tabular-nums" aria-live="polite">
        {first > last ? (
          `Page ${fmt(page)} is past the end`
        ) : (
          <>
            {fmt(first)}–{fmt(last)} of {fmt(total)}
          </>
        )}
      </p>
      <div className="flex items-center gap-1.5">
        <span className="mr-1.5 tabular-nums">
          Page {fmt(Math.min(page, pageCount))} of {fmt(pageCount)}
        </span>
        {links.map(({ on, to, label, icon }) =>
          on ? (
            <PageLink key={label} to={to} label={label} hrefFor={hrefFor} onPage={onPage}>
              {icon}
            </PageLink>
          ) : (
            <Disabled key={label} label={label}>
              {icon}
            </Disabled>
          ),
        )}
      </div>
    </nav>
  );
}
