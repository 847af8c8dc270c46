import "server-only";
// Coupon reads for route handlers: the caller is checked here, the query parsed with the domain's
// one parser, and the gateway's answer returned as is.
import { parseQuery, type QueryResult } from "@/lib/coupons/query";
import type { Coupon } from "@/lib/coupons/model";
import { authorize } from "../auth/guards";
import { couponGateway } from "../backend";

/** `?filter=<json>&sort=<json>&limit=&offset=` → one page of coupons. Throws INVALID_ARGUMENT on a bad query. */
export async function queryCoupons(params: URLSearchParams): Promise<QueryResult<Coupon>> {
  await authorize("coupons:read");
  const query = parseQuery({
    filter: params.get("filter") ?? undefined,
    sort: params.get("sort") ?? undefined,
    paging: { limit: params.get("limit") ?? undefined, offset: params.get("offset") ?? undefined },
  });
  return couponGateway().query(query);
}
