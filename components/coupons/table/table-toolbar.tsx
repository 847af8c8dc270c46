"use client";
// The one generic toolbar: it reads each column's filter declaration (column meta) and renders the
// search, the facets and the range filters that the active backend allows; then the column picker
// and the CSV export of the current view.
import { Download } from "@/components/ui/icons";
import { TRIGGER } from "@/components/ui/popover";
import { FACET_KEYS, type FieldId } from "@/lib/coupons/domain/fields";
import type { Allowances } from "@/lib/coupons/table/allowances";
import type { Range } from "@/lib/coupons/table/filters";
import { serialiseTableState, type TableState } from "@/lib/coupons/table/table-state";
import { ColumnPicker } from "./column-picker";
import type { CouponTableModel } from "./data-table";
import { FacetFilter } from "./facet-filter";
import { RangeFilters, type RangeField } from "./range-filters";
import { SearchBox } from "./search-box";

interface TableToolbarProps {
  table: CouponTableModel;
  allow: Allowances;
  state: TableState;
  visibleColumns: readonly FieldId[];
  zoneLabel: string;
  /** Bumped when the search changes from elsewhere (a chip, a quick view, Back), to reset the box. */
  searchEpoch: number;
  onSearch: (text: string, how: "push" | "replace") => void;
  onChange: (next: TableState) => void;
  onResetColumns: () => void;
  /** Runs the export in the page (progress, errors); the link alone works without JavaScript. */
  onExport: (href: string) => void;
}

export function TableToolbar({
  table,
  allow,
  state,
  visibleColumns,
  zoneLabel,
  searchEpoch,
  onSearch,
  onChange,
  onResetColumns,
  onExport,
}: TableToolbarProps) {
  const columns = table.getAllLeafColumns();
  const filters = columns.flatMap((c) => (c.columnDef.meta?.filter ? [{ column: c, filter: c.columnDef.meta.filter }] : []));
  const hasSearch = filters.some((f) => f.filter.variant === "search") && allow.search.length > 0;
  const facets = FACET_KEYS.flatMap((facet) =>
    filters.some((f) => f.filter.variant === "facet" && f.filter.facet === facet) && allow.facets[facet]
      ? [{ facet, mode: allow.facets[facet]! }]
      : [],
  );
  const ranges: RangeField[] = filters.flatMap(({ column, filter }) => {
    if (filter.variant !== "range") return [];
    const sides = allow.ranges[filter.field];
    return sides ? [{ field: filter.field, label: column.columnDef.meta?.label ?? filter.field, kind: filter.kind, ...sides }] : [];
  });
  // Dates first (what support asks about: "expiring this week"), then numbers.
  ranges.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "date" ? -1 : 1));
  const setRanges = (next: Partial<Record<FieldId, Range>>) => onChange({ ...state, ranges: next, page: 1 });
  const exportQuery = serialiseTableState({ ...state, page: 1, coupon: null, columns: [...visibleColumns] });
  const active = Object.values(state.facets).filter((values) => values && values.length > 0).length + Object.keys(state.ranges).length;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="search" aria-label="Search and filter coupons" className="flex w-full flex-wrap items-center gap-2 sm:w-auto">
        {hasSearch ? <SearchBox key={searchEpoch} defaultValue={state.search} onSearch={onSearch} /> : null}
        {/* On a phone the filters fold behind one switch, so the list starts on the first screen. CSS
          alone opens them (the group :has its box checked), so this costs the page no script. */}
        <div className="group/filters contents">
          <label
            className={`${TRIGGER} relative cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 sm:hidden`}
          >
            <input type="checkbox" aria-controls="table-filters" className="absolute inset-0 cursor-pointer appearance-none rounded-md" />
            Show filters{active > 0 ? ` (${active})` : ""}
          </label>
          <div
            id="table-filters"
            className="hidden w-full flex-wrap items-center gap-2 group-has-[>label>input:checked]/filters:flex sm:flex sm:w-auto"
          >
            {facets.map(({ facet, mode }) => (
              <FacetFilter
                key={facet}
                facet={facet}
                mode={mode}
                selected={state.facets[facet]}
                onChange={(values) => onChange({ ...state, facets: { ...state.facets, [facet]: values }, page: 1 })}
              />
            ))}
            <RangeFilters
              key={JSON.stringify(state.ranges)}
              fields={ranges}
              ranges={state.ranges}
              zoneLabel={zoneLabel}
              onApply={setRanges}
            />
          </div>
        </div>
      </div>
      <div className="ml-auto flex items-center gap-2">
        <ColumnPicker columns={columns} onReset={onResetColumns} />
        <a
          href={`/api/coupons/export${exportQuery ? `?${exportQuery}` : ""}`}
          download
          className={TRIGGER}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            onExport(event.currentTarget.href);
          }}
        >
          <Download />
          Export CSV
        </a>
      </div>
    </div>
  );
}
