"use client";
// One-click answers to what support staff ask most: the live coupons, what expires this week,
// what is used most. Each is just a URL state, offered only when the backend can answer it.
import type { MouseEvent } from "react";
import { addDays } from "@/lib/coupons/time/zoned-day";
import { DEFAULT_STATE, serialiseTableState, type TableState } from "@/lib/coupons/table/table-state";
import type { Allowances } from "@/lib/coupons/table/allowances";
import { hrefFor } from "./hooks/use-table-url";

interface QuickView {
  label: string;
  state: TableState;
}

/** `today`: the day in the merchant's zone. */
export function quickViews(allow: Allowances, today: string): QuickView[] {
  const base = DEFAULT_STATE;
  const views: QuickView[] = [{ label: "All coupons", state: base }];
  if (allow.facets.status) views.push({ label: "Active", state: { ...base, facets: { ...base.facets, status: ["Active"] } } });
  const expiry = allow.ranges.expirationTime;
  if (expiry?.min && expiry.max) {
    views.push({
      label: "Expiring this week",
      state: {
        ...base,
        // Today's coupons that ended this morning are not "expiring": where the backend can say
        // which have ended, they are left out.
        facets: allow.facets.expired ? { ...base.facets, expired: ["false"] } : base.facets,
        ranges: { expirationTime: { min: today, max: addDays(today, 6) } },
        sort: allow.sortable.includes("expirationTime") ? [{ field: "expirationTime", order: "asc" }] : [],
      },
    });
  }
  if (allow.sortable.includes("numberOfUsages"))
    views.push({ label: "Most used", state: { ...base, sort: [{ field: "numberOfUsages", order: "desc" }] } });
  if (allow.facets.status) views.push({ label: "Used up", state: { ...base, facets: { ...base.facets, status: ["UsedUp"] } } });
  return views;
}

interface QuickViewsProps {
  views: QuickView[];
  current: TableState;
  onSelect: (state: TableState) => void;
}

/** Views keep the page size, columns and drawer of the current one; they replace filters and sort. */
const applied = (view: TableState, current: TableState): TableState => ({ ...view, pageSize: current.pageSize, columns: current.columns });

export function QuickViews({ views, current, onSelect }: QuickViewsProps) {
  const currentKey = serialiseTableState({ ...current, page: 1 }, "data");
  return (
    <nav aria-label="Quick views" className="flex gap-1 overflow-x-auto border-b border-zinc-200">
      {views.map((view) => {
        const target = applied(view.state, current);
        const isCurrent = serialiseTableState(target, "data") === currentKey;
        const select = (event: MouseEvent<HTMLAnchorElement>) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          onSelect(target);
        };
        return (
          <a
            key={view.label}
            href={hrefFor(target)}
            onClick={select}
            aria-current={isCurrent ? "page" : undefined}
            className={`shrink-0 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:rounded-t focus-ring-inset ${
              isCurrent ? "border-brand-600 text-brand-700" : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900"
            }`}
          >
            {view.label}
          </a>
        );
      })}
    </nav>
  );
}
