"use client";
// The table's columns, made from the field catalogue: one per collection field plus the derived
// status badge. Each column declares in its meta how it is filtered (facet, range or the search),
// and the one generic toolbar renders whatever the active backend allows.
import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
} from "@tanstack/react-table";
import type { ReactNode } from "react";
import type { CouponView, DateField } from "@/lib/coupons/table/coupon-view";
import { facetOfColumn, fieldById, labelOf, type FacetKey, type FieldId } from "@/lib/coupons/domain/fields";
import type { Allowances } from "@/lib/coupons/table/allowances";
import { ALWAYS_VISIBLE, TABLE_COLUMNS } from "@/lib/coupons/table/columns";
import { rangeKind, type RangeKind } from "@/lib/coupons/table/filters";
import { CodeCell, CouponStatusBadge, DateCell, TextCell, UsageCell } from "./cells";
import { RowActions } from "./row-actions";
import { RowCheckbox, PageCheckbox } from "./selection";

export type ColumnFilter =
  { variant: "search" } | { variant: "facet"; facet: FacetKey } | { variant: "range"; field: FieldId; kind: RangeKind };

export interface CouponColumnMeta {
  /** The header in words, for the column picker and the filter chips. */
  label: string;
  filter?: ColumnFilter;
  align?: "end";
  /** Extra classes for the column's cells, e.g. a width. */
  className?: string;
}

export const features = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  columnMeta: metaHelper<CouponColumnMeta>(),
});
export type Features = typeof features;

const helper = createColumnHelper<Features, CouponView>();

/** Numbers and dates sort high-to-low first ("most used", "latest"); text A to Z. */
const descFirst = (id: FieldId) => ["number", "money", "datetime"].includes(fieldById(id)?.kind ?? "");

function filterOf(id: FieldId): ColumnFilter | undefined {
  if (id === "code") return { variant: "search" };
  const facet = facetOfColumn(id);
  if (facet) return { variant: "facet", facet };
  const kind = fieldById(id)?.kind;
  if (kind === "number" || kind === "money" || kind === "datetime") return { variant: "range", field: id, kind: rangeKind(id) };
  return undefined;
}

/** One data cell, by column. */
function CouponCell({ id, coupon: c }: { id: FieldId; coupon: CouponView }): ReactNode {
  switch (id) {
    case "code":
      return <CodeCell coupon={c} />;
    case "status":
      return <CouponStatusBadge coupon={c} />;
    case "numberOfUsages":
      return <UsageCell coupon={c} />;
    case "startTime":
    case "_dateCreated":
      return <DateCell date={c.dates[id as DateField]} />;
    case "expirationTime":
      return <DateCell date={c.dates.expirationTime} empty="No end date" />;
    case "_id":
    case "appId":
      return <TextCell text={c.text[id]} mono />;
    case "name":
      return (
        <span className="block max-w-64 truncate text-zinc-700" title={c.name}>
          {c.name}
        </span>
      );
    case "type":
      return <span className="font-medium text-zinc-900">{c.text.type}</span>;
    case "scope":
    case "displayData":
      return (
        <span className="block max-w-72 truncate" title={c.text[id]}>
          <TextCell text={c.text[id]} />
        </span>
      );
    default:
      return <TextCell text={c.text[id]} />;
  }
}

/** The columns for what this backend allows; selection and row actions only for merchants. */
export function buildColumns(allow: Allowances, canEdit: boolean): ColumnDef<Features, CouponView, unknown>[] {
  const data = TABLE_COLUMNS.map((id) => {
    return helper.accessor((row) => row.text[id] ?? "", {
      id,
      header: labelOf(id),
      cell: (ctx) => <CouponCell id={id} coupon={ctx.row.original} />,
      enableSorting: allow.sortable.includes(id),
      sortDescFirst: descFirst(id),
      enableHiding: id !== ALWAYS_VISIBLE,
      meta: {
        label: labelOf(id),
        filter: filterOf(id),
        align: fieldById(id)?.align,
      },
    });
  }) as ColumnDef<Features, CouponView, unknown>[];
  if (!canEdit) return data;
  return [
    helper.display({
      id: "select",
      header: () => <PageCheckbox />,
      cell: ({ row }) => <RowCheckbox coupon={row.original} />,
      enableHiding: false,
      meta: { label: "Select", className: "w-10" },
    }) as ColumnDef<Features, CouponView, unknown>,
    ...data,
    helper.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => <RowActions coupon={row.original} />,
      enableHiding: false,
      meta: { label: "Actions", align: "end", className: "w-12" },
    }) as ColumnDef<Features, CouponView, unknown>,
  ];
}
