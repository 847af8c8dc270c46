"use client";
// The table's pager: the shared one (components/ui/pager.tsx) on the URL's state, with the page
// size beside it. A plain click on a page stays in the page.
import { Pager } from "@/components/ui/pager";
import { PAGE_SIZES, type PageSize, type TableState } from "@/lib/coupons/table/table-state";
import { hrefFor } from "./hooks/use-table-url";
import { useLocalCopy } from "./use-local-copy";

interface PaginationProps {
  state: TableState;
  total: number;
  onChange: (next: TableState) => void;
}

export function Pagination({ state, total, onChange }: PaginationProps) {
  const [pageSize, setPageSize] = useLocalCopy(state.pageSize);
  return (
    <Pager
      page={state.page}
      pageSize={state.pageSize}
      total={total}
      hrefFor={(page) => hrefFor({ ...state, page })}
      onPage={(page) => onChange({ ...state, page })}
      sizeControl={
        <>
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
        </>
      }
    />
  );
}
