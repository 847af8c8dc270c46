"use client";
// Columns: the URL's choice, else the saved one (a cookie the server reads), else the catalogue's defaults.
import { useEffect, useMemo, useState } from "react";
import type { FieldId } from "@/lib/coupons/domain/fields";
import { COLUMNS_COOKIE, DEFAULT_COLUMNS, TABLE_COLUMNS } from "@/lib/coupons/table/columns";
import type { TableState } from "@/lib/coupons/table/table-state";
import type { Navigate } from "./use-table-url";

function saveColumnChoice(columns: FieldId[] | null) {
  document.cookie = columns
    ? `${COLUMNS_COOKIE}=${columns.join(",")}; path=/; max-age=31536000; samesite=lax`
    : `${COLUMNS_COOKIE}=; path=/; max-age=0; samesite=lax`;
}

export function useColumnChoice(state: TableState, savedColumns: FieldId[] | null, current: () => TableState, navigate: Navigate) {
  const [cookieColumns, setCookieColumns] = useState(savedColumns);
  const visible = state.columns ?? cookieColumns ?? DEFAULT_COLUMNS;
  const columnVisibility = useMemo(() => Object.fromEntries(TABLE_COLUMNS.map((id) => [id, visible.includes(id)])), [visible]);
  const setColumns = (columns: FieldId[] | null) => {
    saveColumnChoice(columns);
    setCookieColumns(columns);
    navigate({ ...current(), columns }, "replace");
  };
  // A saved choice goes into the URL, so a link copied from this view shows these columns too.
  useEffect(() => {
    if (current().columns === null && cookieColumns) navigate({ ...current(), columns: cookieColumns }, "replace");
  }, [cookieColumns, current, navigate]);
  return { visible, columnVisibility, setColumns };
}
