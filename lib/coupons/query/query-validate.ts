// The typed-query check at a backend's boundary. Kept apart from query.ts so that the browser, which
// reads query.ts for the table, never pulls in zod.
import { z } from "zod";
import { invalidArgument } from "../domain/errors";
import { FILTER_OPERATORS } from "../domain/fields";
import { parseQuery, toWixFilter, toWixSort, type CouponQuery, type FilterNode, type SortSpec } from "./query";
import { violationsFrom } from "../domain/specification";

const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);
const filterNodeSchema: z.ZodType<FilterNode> = z.lazy(() =>
  z.union([
    z.strictObject({ kind: z.literal("and"), nodes: z.array(filterNodeSchema) }),
    z.strictObject({ kind: z.literal("or"), nodes: z.array(filterNodeSchema) }),
    z.strictObject({
      kind: z.literal("cond"),
      field: z.string(),
      op: z.enum(FILTER_OPERATORS),
      value: z.union([scalarSchema, z.null(), z.array(scalarSchema)]),
    }),
  ]),
) as z.ZodType<FilterNode>;
const typedQuerySchema = z.object({
  filter: filterNodeSchema.optional(),
  sort: z.array(z.object({ field: z.string(), order: z.enum(["asc", "desc"]) })),
  limit: z.unknown(),
  offset: z.unknown(),
});

/**
 * Checks a typed query at a backend's boundary, where it may come from anywhere: its shape, then
 * (through Wix's JSON form) every field, operator, value and paging rule. Throws INVALID_ARGUMENT.
 */
export function validateQuery(input: unknown): CouponQuery {
  const shape = typedQuerySchema.safeParse(input);
  if (!shape.success)
    throw invalidArgument(violationsFrom(shape.error).map((v) => ({ ...v, field: v.field ? `query.${v.field}` : "query" })));
  const { filter, sort, limit, offset } = shape.data;
  return parseQuery({
    filter: filter ? toWixFilter(filter) : undefined,
    sort: toWixSort(sort as SortSpec[]),
    paging: { limit: limit ?? null, offset: offset ?? null },
  });
}
