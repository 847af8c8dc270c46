// The one interface both backends implement: the embedded store and the Wix REST gateway.
// A contract suite runs against each; the data access layer only ever talks to this.
import type { FieldViolation } from "./errors";
import type { FilterOperator, FieldId } from "./fields";
import type { Coupon } from "./model";
import type { CouponQuery, QueryResult } from "../query/query";
import type { CouponSpecification } from "./specification";
import type { CouponUpdate } from "./update";

export interface BackendCapabilities {
  /** Fields this backend can sort by correctly. */
  sortable: readonly FieldId[];
  /** Per field, the filter operators this backend answers correctly. */
  filterable: Partial<Record<FieldId, readonly FilterOperator[]>>;
}

export interface BulkItemResult {
  originalIndex: number;
  success: boolean;
  id?: string;
  coupon?: Coupon;
  error?: { code: string; description: string; violations?: FieldViolation[] };
}

export interface BulkResult {
  results: BulkItemResult[];
  totalSuccesses: number;
  totalFailures: number;
}

export const MAX_BULK = 100;

export interface CouponGateway {
  /** Shown in the header: "Local store (demo data)" or "Wix site ab12…". */
  readonly label: string;
  readonly capabilities: BackendCapabilities;
  /** Inputs are `unknown` on purpose: every backend validates what it is given. */
  create(specification: CouponSpecification | unknown): Promise<{ id: string }>;
  get(id: string): Promise<Coupon>;
  update(id: string, update: CouponUpdate | unknown): Promise<void>;
  delete(id: string): Promise<void>;
  query(query: CouponQuery): Promise<QueryResult<Coupon>>;
  bulkCreate(specifications: unknown[], options?: { returnFullEntity?: boolean }): Promise<BulkResult>;
  bulkDelete(ids: string[]): Promise<BulkResult>;
}
