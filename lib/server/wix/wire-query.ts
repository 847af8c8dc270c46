import "server-only";
// The two query dialects the gateway speaks to Wix for coupons (the emulator reads them with its own codec):
// REST v2 (`/stores/v2/coupons/query`: filter and sort as JSON strings, REST field paths) and the
// Data Items API on the Marketing/Coupons collection (objects, collection field names, dates as
// {"$date": ISO}). REST can't sort or filter usage, times, type or amounts; the collection can.
import { z } from "zod";
import { fieldById } from "@/lib/coupons/domain/fields";
import { toWixFilter, toWixSort, type CouponQuery, type FilterNode, type FilterValue } from "@/lib/coupons/query/query";

export const COUPONS_COLLECTION = "Marketing/Coupons";

// ---- REST v2 ----

export interface RestQueryBody {
  query: { filter?: string; sort?: string; paging: { limit: number; offset: number } };
}

export function restQueryBody(query: CouponQuery): RestQueryBody {
  const filter = query.filter ? toWixFilter(query.filter, "rest") : undefined;
  return {
    query: {
      ...(filter && Object.keys(filter).length ? { filter: JSON.stringify(filter) } : {}),
      ...(query.sort.length ? { sort: JSON.stringify(toWixSort(query.sort, "rest")) } : {}),
      paging: { limit: query.limit, offset: query.offset },
    },
  };
}

// ---- Data Items API on Marketing/Coupons ----

export interface CollectionQueryBody {
  dataCollectionId: string;
  query: {
    filter?: Record<string, unknown>;
    sort?: { fieldName: string; order: "ASC" | "DESC" }[];
    paging: { limit: number; offset: number };
  };
  returnTotalCount: boolean;
  consistentRead: boolean;
}

const toDate = (ms: number) => ({ $date: new Date(ms).toISOString() });

function dateValues(value: FilterValue): unknown {
  if (Array.isArray(value)) return value.map((v) => (typeof v === "number" ? toDate(v) : v));
  return typeof value === "number" ? toDate(value) : value;
}

/** The collection's filter: field ids as they are, and Date and Time values as {"$date": ISO}. */
export function toCollectionFilter(node: FilterNode): Record<string, unknown> {
  if (node.kind === "and" && node.nodes.length === 0) return {};
  if (node.kind !== "cond") return { [node.kind === "and" ? "$and" : "$or"]: node.nodes.map(toCollectionFilter) };
  const value = fieldById(node.field)?.kind === "datetime" ? dateValues(node.value) : node.value;
  return { [node.field]: { [node.op]: value } };
}

export function collectionQueryBody(query: CouponQuery): CollectionQueryBody {
  const filter = query.filter ? toCollectionFilter(query.filter) : undefined;
  return {
    dataCollectionId: COUPONS_COLLECTION,
    query: {
      ...(filter && Object.keys(filter).length ? { filter } : {}),
      ...(query.sort.length ? { sort: query.sort.map((s) => ({ fieldName: s.field, order: s.order === "desc" ? "DESC" : "ASC" })) } : {}),
      paging: { limit: query.limit, offset: query.offset },
    },
    returnTotalCount: true,
    // A dashboard reads right after its own edits; the primary copy has them.
    consistentRead: true,
  };
}

// Only the ids (in order) and the total are read from the collection; the coupons themselves are
// then fetched through REST, so both query paths return exactly the same Coupon objects.
export const collectionQueryResponseSchema = z.object({
  dataItems: z.array(
    z
      .object({ id: z.string().nullish(), data: z.object({ _id: z.string().nullish() }).nullish() })
      .transform((item) => item.data?._id || item.id || "")
      .refine((id) => id !== "", "expected the data item's id"),
  ),
  pagingMetadata: z
    .object({ count: z.number().int().nullish(), offset: z.number().int().nullish(), total: z.number().int().nullish() })
    .nullish(),
});
