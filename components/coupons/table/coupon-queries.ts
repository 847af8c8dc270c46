// The coupon table's react-query contract: key factory and query options, shared by the server
// page (prefetch + hydration) and the browser (GET route handlers). The list's key is the data
// part of the URL state, serialised by the one URL module, so server and browser can't drift.
import { queryOptions } from "@tanstack/react-query";
import type { ApiError, CouponPage, CouponView } from "@/lib/coupons/table/coupon-view";

export const couponKeys = {
  all: ["coupons"] as const,
  lists: () => [...couponKeys.all, "list"] as const,
  list: (dataQuery: string) => [...couponKeys.lists(), dataQuery] as const,
  details: () => [...couponKeys.all, "detail"] as const,
  detail: (id: string) => [...couponKeys.details(), id] as const,
  /** Under `all`, so whatever refreshes the coupons refreshes their charts too. */
  usage: (id: string) => [...couponKeys.all, "usage", id] as const,
};

export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "RequestError";
  }
}

export async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: "application/json" } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new RequestError("The server can't be reached. Check the connection and try again.", 0);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    throw new RequestError(body?.error?.message ?? `The server answered ${response.status}.`, response.status);
  }
  return (await response.json()) as T;
}

/** A request that failed for a reason a retry can fix: no answer, or the server's fault. */
export const retryOnce = (failures: number, error: Error) =>
  failures < 1 && (!(error instanceof RequestError) || error.status === 0 || error.status >= 500);

export const couponListOptions = (dataQuery: string) =>
  queryOptions({
    queryKey: couponKeys.list(dataQuery),
    queryFn: ({ signal }) => getJson<CouponPage>(`/api/coupons${dataQuery ? `?${dataQuery}` : ""}`, signal),
    retry: retryOnce,
  });

export const couponDetailOptions = (id: string) =>
  queryOptions({
    queryKey: couponKeys.detail(id),
    queryFn: ({ signal }) => getJson<CouponView>(`/api/coupons/${encodeURIComponent(id)}`, signal),
    retry: retryOnce,
  });
