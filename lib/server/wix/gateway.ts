import "server-only";
// The Wix gateway: the CouponGateway interface over Wix REST v2 (/stores/v2/coupons…), plus the
// Data Items API on Marketing/Coupons for the sorts and filters REST can't do ("most used",
// "expiring soon"). Plain fetch rather than @wix/sdk + @wix/marketing: the SDK's updateCoupon
// sends no fieldMask (Wix then refuses every update), and owning the HTTP layer is what lets
// timeouts, retries, the throttle and the create look-up work the same way on every call.
import {
  assertSupported,
  CATALOGUE_CAPABILITIES,
  REST_CAPABILITIES,
  supportsQuery,
  unionCapabilities,
} from "@/lib/coupons/domain/capabilities";
import { CouponError, isCouponError } from "@/lib/coupons/domain/errors";
import { type BackendCapabilities, type BulkItemResult, type BulkResult, type CouponGateway } from "@/lib/coupons/domain/gateway";
import type { Coupon } from "@/lib/coupons/domain/model";
import { MAX_LIMIT, type CouponQuery, type QueryResult } from "@/lib/coupons/query/query";
import { parseSpecification, type CouponSpecification } from "@/lib/coupons/domain/specification";
import { fieldMaskOf, parseUpdate } from "@/lib/coupons/domain/update";
import { checkBulkSize, checkEachSpecification, checkPaging, couponId } from "./gateway-checks";
import { WixCallFailure, WixHttp, type WixHttpOptions, type WixRequest } from "./http";
import { bulkCreateOnce, createOnce } from "./safe-create";
import { wixSiteThrottle } from "./site-throttle";
import { realClock } from "./throttle";
import {
  bulkCreateFromWire,
  bulkCreateResponseSchema,
  bulkDeleteFromWire,
  bulkDeleteResponseSchema,
  couponFromWire,
  createResponseSchema,
  getResponseSchema,
  parseWire,
  queryResponseSchema,
  specificationToWire,
} from "./wire";
import { collectionQueryBody, collectionQueryResponseSchema, restQueryBody } from "./wire-query";

export const WIX_DEFAULT_BASE_URL = "https://www.wixapis.com";

export interface WixGatewayOptions extends Partial<Omit<WixHttpOptions, "apiKey" | "siteId">> {
  apiKey: string;
  siteId: string;
  label?: string;
  /**
   * Answer the sorts and filters REST can't through the Data Items API (the key then also needs
   * permission to read data items). Off: those are refused, and the UI doesn't offer them.
   */
  collectionQueries?: boolean;
  /** Client-side limit per site; Wix allows about 200 a minute. */
  requestsPerMinute?: number;
}

const COUPONS = "/stores/v2/coupons";

/**
 * After Wix refuses the key a Data Items query (no Read Data Items permission), the gateway offers
 * only what REST answers, so the table stops offering "Most used" and "Expiring soon" instead of
 * failing on them; after this long it tries the collection again, in case the key was given it.
 */
export const COLLECTION_RETRY_AFTER_MS = 10 * 60_000;

export const COLLECTION_REFUSED_MESSAGE =
  "This Wix API key can't read the Marketing/Coupons collection, so views sorted by uses or filtered by dates aren't available. " +
  "Reload to see the coupons Wix's coupon API can list; to get those views back, give the key the Read Data Items permission.";

function summarise(results: BulkItemResult[]): BulkResult {
  const totalSuccesses = results.filter((r) => r.success).length;
  return { results, totalSuccesses, totalFailures: results.length - totalSuccesses };
}

export class WixCouponGateway implements CouponGateway {
  readonly label: string;
  private readonly http: WixHttp;
  /** REST plus the collection, or null when the Data Items path is off. */
  private readonly withCollection: BackendCapabilities | null;
  private collectionRefusedAt: number | null = null;
  private readonly now: () => number;

  constructor(options: WixGatewayOptions) {
    const { label, collectionQueries = true, requestsPerMinute, ...http } = options;
    this.http = new WixHttp({
      baseUrl: WIX_DEFAULT_BASE_URL,
      throttle: wixSiteThrottle(options.siteId, requestsPerMinute),
      ...http,
    });
    this.label = label ?? `Wix site ${options.siteId.slice(0, 4)}…`;
    this.withCollection = collectionQueries ? unionCapabilities(REST_CAPABILITIES, CATALOGUE_CAPABILITIES) : null;
    const clock = http.clock ?? realClock;
    this.now = () => clock.now();
  }

  /** What this gateway answers right now: without the collection while Wix refuses the key it. */
  get capabilities(): BackendCapabilities {
    const refused = this.collectionRefusedAt !== null && this.now() - this.collectionRefusedAt < COLLECTION_RETRY_AFTER_MS;
    return this.withCollection && !refused ? this.withCollection : REST_CAPABILITIES;
  }

  /** One call; a failure becomes the same typed error the embedded store raises. */
  private async call(request: WixRequest): Promise<unknown> {
    try {
      return await this.http.call(request);
    } catch (error) {
      throw error instanceof WixCallFailure ? error.toCouponError() : error;
    }
  }

  async create(input: unknown): Promise<{ id: string }> {
    const spec = parseSpecification(input);
    const id = await createOnce({ send: (s) => this.sendCreate(s), findByCodes: (codes) => this.findByCodes(codes) }, spec);
    return { id };
  }

  private async sendCreate(spec: CouponSpecification): Promise<string> {
    const json = await this.http.call({
      method: "POST",
      path: COUPONS,
      body: { specification: specificationToWire(spec) },
      retry: "unprocessed-only",
    });
    return parseWire(createResponseSchema, json, "the create").id;
  }

  private async findByCodes(codes: string[]): Promise<Coupon[]> {
    const { items } = await this.restQuery({
      filter: { kind: "cond", field: "code", op: "$hasSome", value: codes },
      sort: [],
      limit: MAX_LIMIT,
      offset: 0,
    });
    return items;
  }

  async get(id: string): Promise<Coupon> {
    const path = `${COUPONS}/${encodeURIComponent(couponId(id))}`;
    const json = await this.call({ method: "GET", path, retry: "safe" });
    return couponFromWire(parseWire(getResponseSchema, json, `GET ${path}`).coupon);
  }

  /**
   * PATCH with a fieldMask naming the changed fields; Wix refuses an update without one. Each value
   * is checked first with the field rules of the specification schema, so nothing malformed is
   * sent. The merged coupon needs the stored one; the update action checks it (coupons/checked-writes.ts),
   * and Wix checks its own rules.
   */
  async update(id: string, input: unknown): Promise<void> {
    const path = `${COUPONS}/${encodeURIComponent(couponId(id))}`;
    const update = parseUpdate(input);
    const body = { specification: specificationToWire(update), fieldMask: fieldMaskOf(update) };
    await this.call({ method: "PATCH", path, body, retry: "safe" });
  }

  async delete(id: string): Promise<void> {
    const path = `${COUPONS}/${encodeURIComponent(couponId(id))}`;
    try {
      await this.http.call({ method: "DELETE", path, retry: "safe" });
    } catch (error) {
      if (!(error instanceof WixCallFailure)) throw error;
      // Gone after an attempt whose answer was lost: that attempt deleted it, as asked.
      if (error.status === 404 && error.afterUnknownOutcome) return;
      throw error.toCouponError();
    }
  }

  /** REST when it can answer; otherwise the collection; otherwise refused, never answered wrongly. */
  async query(query: CouponQuery): Promise<QueryResult<Coupon>> {
    checkPaging(query);
    if (supportsQuery(REST_CAPABILITIES, query)) return this.restQuery(query);
    assertSupported(this.capabilities, query);
    return this.collectionQuery(query);
  }

  private async restQuery(query: CouponQuery): Promise<QueryResult<Coupon>> {
    const json = await this.call({ method: "POST", path: `${COUPONS}/query`, body: restQueryBody(query), retry: "safe" });
    const wire = parseWire(queryResponseSchema, json, "the coupon query");
    const items = (wire.coupons ?? []).map(couponFromWire);
    return { items, totalResults: wire.totalResults ?? query.offset + items.length };
  }

  /**
   * The Data Items API orders, filters and counts; the page's coupons are then read through REST
   * by id, so both paths return identical Coupon objects. A coupon deleted between the two reads
   * simply drops out of the page.
   */
  private async collectionQuery(query: CouponQuery): Promise<QueryResult<Coupon>> {
    let json: unknown;
    try {
      json = await this.call({ method: "POST", path: "/wix-data/v2/items/query", body: collectionQueryBody(query), retry: "safe" });
    } catch (error) {
      if (!isCouponError(error) || error.code !== "PERMISSION_DENIED") throw error;
      this.collectionRefusedAt = this.now();
      console.warn(
        `[coupons] Wix refused the Data Items query (${error.message}); offering only what REST can answer for the next ${COLLECTION_RETRY_AFTER_MS / 60_000} minutes. Give the key Read Data Items, or set WIX_DATA_ITEMS=off.`,
      );
      throw new CouponError("FAILED_PRECONDITION", COLLECTION_REFUSED_MESSAGE);
    }
    const wire = parseWire(collectionQueryResponseSchema, json, "the Marketing/Coupons query");
    const ids = wire.dataItems;
    const total = wire.pagingMetadata?.total ?? query.offset + ids.length;
    if (ids.length === 0) return { items: [], totalResults: total };
    const { items } = await this.restQuery({
      filter: { kind: "cond", field: "_id", op: "$hasSome", value: ids },
      sort: [],
      limit: MAX_LIMIT,
      offset: 0,
    });
    const byId = new Map(items.map((c) => [c.id, c]));
    return { items: ids.flatMap((id) => byId.get(id) ?? []), totalResults: total };
  }

  async bulkCreate(specifications: unknown[], options: { returnFullEntity?: boolean } = {}): Promise<BulkResult> {
    checkBulkSize(specifications, "specifications");
    // Every item is checked here first, as the store checks it; only valid items go to Wix.
    const { results, valid } = checkEachSpecification(specifications);
    if (valid.length > 0) {
      const sent = await bulkCreateOnce(
        { send: (specs) => this.sendBulkCreate(specs, options.returnFullEntity === true), findByCodes: (codes) => this.findByCodes(codes) },
        valid.map((v) => v.spec),
      );
      for (const r of sent) {
        const { coupon, ...rest } = r;
        results.push({ ...rest, originalIndex: valid[r.originalIndex]!.index, ...(options.returnFullEntity && coupon ? { coupon } : {}) });
      }
    }
    return summarise(results.sort((a, b) => a.originalIndex - b.originalIndex));
  }

  private async sendBulkCreate(specs: CouponSpecification[], returnFullEntity: boolean): Promise<BulkItemResult[]> {
    const body = { specifications: specs.map(specificationToWire), returnFullEntity };
    const json = await this.http.call({ method: "POST", path: "/stores/v2/bulk/coupons/create", body, retry: "unprocessed-only" });
    return bulkCreateFromWire(parseWire(bulkCreateResponseSchema, json, "the bulk create"));
  }

  /**
   * Retried like a single delete. After a lost answer an item may come back NOT_FOUND because the
   * lost attempt deleted it; unlike delete() that can't be told apart here, so it is reported as is.
   */
  async bulkDelete(ids: string[]): Promise<BulkResult> {
    checkBulkSize(ids, "ids");
    const json = await this.call({ method: "POST", path: "/stores/v2/bulk/coupons/delete", body: { ids }, retry: "safe" });
    return summarise(bulkDeleteFromWire(parseWire(bulkDeleteResponseSchema, json, "the bulk delete")));
  }
}
