import "server-only";
// Compiles a typed coupon query into parameterised SQL. Only catalogue fields map to columns, so
// no caller text ever becomes SQL; everything else is a bound parameter.
import { invalidArgument } from "@/lib/coupons/domain/errors";
import { fieldById, type FieldId } from "@/lib/coupons/domain/fields";
import { MAX_LIMIT, type CouponQuery, type FilterNode, type Scalar } from "@/lib/coupons/query/query";

interface Column {
  /** SQL for $eq, $ne, $hasSome and ranges: exact, so case-sensitive, as Wix's eq and hasSome are. */
  sql: string;
  /** ORDER BY expression; `sql` when absent. */
  order?: string;
  /**
   * $contains and $startsWith ignore case on every text field, as Wix's do. `sql` is the folded
   * column and `fold` folds the search value exactly the same way, so the two always agree.
   */
  search?: { sql: string; fold: (value: string) => string };
}

/** Names, codes and item names: a stored key column lower-cased in JS (rows.ts), like the value. */
const lowerCased = (key: string): Column["search"] => ({ sql: key, fold: (value) => value.toLowerCase() });

/**
 * IDs (coupon ids, app ids) have no stored key: SQLite's lower() folds the column, and it folds
 * ASCII letters only, so the value is folded the same way (ids are ASCII: GUIDs and app ids).
 */
const asciiFolded = (column: string): Column["search"] => ({
  sql: `lower(${column})`,
  fold: (value) => value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()),
});

const EXPIRED_SQL = "(expiration_time IS NOT NULL AND expiration_time <= @now)";

/**
 * The derived status, with exactly statusOf's precedence (lib/coupons/domain/status.ts): Expired, then
 * Used up, then Inactive, then Scheduled, else Active. status-sql.test.ts holds the two together.
 */
export const STATUS_SQL = `(CASE
  WHEN ${EXPIRED_SQL} THEN 'Expired'
  WHEN usage_limit IS NOT NULL AND number_of_usages >= usage_limit THEN 'UsedUp'
  WHEN active = 0 THEN 'Inactive'
  WHEN start_time > @now THEN 'Scheduled'
  ELSE 'Active' END)`;

const COLUMNS: Partial<Record<FieldId, Column>> = {
  _id: { sql: "id", search: asciiFolded("id") },
  name: { sql: "name", order: "name_key", search: lowerCased("name_key") },
  code: { sql: "code", order: "code_key", search: lowerCased("code_key") },
  startTime: { sql: "start_time" },
  expirationTime: { sql: "expiration_time" },
  usageLimit: { sql: "usage_limit" },
  limitPerCustomer: { sql: "limit_per_customer" },
  appliesToSubscriptions: { sql: "applies_to_subscriptions" },
  limitedToOneItem: { sql: "limited_to_one_item" },
  active: { sql: "active" },
  minimumSubtotal: { sql: "minimum_subtotal" },
  "scope.namespace": { sql: "scope_namespace" },
  "scope.group.name": { sql: "scope_group" },
  "scope.group.entityId": { sql: "scope_entity_id" },
  type: { sql: "type" },
  _dateCreated: { sql: "date_created" },
  numberOfUsages: { sql: "number_of_usages" },
  expired: { sql: EXPIRED_SQL },
  "displayData.name": { sql: "display_name", order: "display_name_key", search: lowerCased("display_name_key") },
  appId: { sql: "app_id", search: asciiFolded("app_id") },
  status: { sql: STATUS_SQL },
};

/** The highest code point: `key < prefix || MAX` bounds a prefix range on an index. */
const MAX_CHAR = "\u{10FFFF}";

export interface CompiledQuery {
  where: string;
  orderBy: string;
  params: Record<string, unknown>;
  limit: number;
  offset: number;
}

function columnFor(field: string): Column {
  const column = COLUMNS[field as FieldId];
  if (!column || !fieldById(field)) throw invalidArgument([{ field, description: `Unknown field "${field}".` }]);
  return column;
}

const toSql = (value: Scalar): unknown => (typeof value === "boolean" ? (value ? 1 : 0) : value);

class Compiler {
  readonly params: Record<string, unknown> = {};
  private n = 0;

  bind(value: unknown): string {
    const name = `p${this.n++}`;
    this.params[name] = value;
    return `@${name}`;
  }

  node(node: FilterNode): string {
    if (node.kind !== "cond") {
      if (node.nodes.length === 0) return node.kind === "and" ? "1" : "0";
      return `(${node.nodes.map((n) => this.node(n)).join(node.kind === "and" ? " AND " : " OR ")})`;
    }
    const def = fieldById(node.field);
    if (!def || !(def.operators as readonly string[]).includes(node.op)) {
      throw invalidArgument([{ field: node.field, description: `${node.field} can't be filtered with ${node.op}.` }]);
    }
    const column = columnFor(node.field);
    const { value } = node;
    switch (node.op) {
      case "$eq":
        return value === null ? `${column.sql} IS NULL` : `${column.sql} = ${this.bind(toSql(value as Scalar))}`;
      case "$ne":
        return value === null
          ? `${column.sql} IS NOT NULL`
          : `(${column.sql} IS NULL OR ${column.sql} != ${this.bind(toSql(value as Scalar))})`;
      case "$hasSome": {
        const values = Array.isArray(value) ? value : [value as Scalar];
        return `${column.sql} IN (${values.map((v) => this.bind(toSql(v))).join(", ")})`;
      }
      case "$contains":
      case "$startsWith": {
        if (!column.search) throw new Error(`${node.field} allows ${node.op} but has no search column.`);
        const text = column.search.fold(String(value));
        const key = column.search.sql;
        return node.op === "$contains"
          ? `instr(${key}, ${this.bind(text)}) > 0`
          : `(${key} >= ${this.bind(text)} AND ${key} < ${this.bind(text + MAX_CHAR)})`;
      }
      default: {
        const sqlOp = { $lt: "<", $lte: "<=", $gt: ">", $gte: ">=" }[node.op];
        return `${column.sql} ${sqlOp} ${this.bind(toSql(value as Scalar))}`;
      }
    }
  }
}

/** The store's first phase: the ordered page of row ids (query-plan.test.ts explains exactly this). */
export const pageSql = (compiled: CompiledQuery): string =>
  `SELECT seq FROM coupons WHERE ${compiled.where} ORDER BY ${compiled.orderBy} LIMIT @limit OFFSET @offset`;

/** The count behind totalResults. */
export const countSql = (compiled: CompiledQuery): string => `SELECT count(*) AS total FROM coupons WHERE ${compiled.where}`;

export function compileQuery(query: CouponQuery, now: number): CompiledQuery {
  const { limit, offset } = query;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw invalidArgument([{ field: "paging.limit", description: `A page holds 1 to ${MAX_LIMIT} coupons.` }]);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw invalidArgument([{ field: "paging.offset", description: "offset is a whole number, 0 or more." }]);
  }
  const compiler = new Compiler();
  const where = query.filter ? compiler.node(query.filter) : "1";
  const keys = (query.sort ?? []).map((s) => {
    const def = fieldById(s.field);
    if (!def?.sortable) throw invalidArgument([{ field: `sort.${s.field}`, description: `${s.field} can't be sorted.` }]);
    const column = columnFor(s.field);
    return `${column.order ?? column.sql} ${s.order === "desc" ? "DESC" : "ASC"}`;
  });
  const orderBy = [...(keys.length ? keys : ["date_created DESC"]), "seq DESC"].join(", ");
  return { where, orderBy, params: { ...compiler.params, now }, limit, offset };
}
