import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { couponDetailOptions, couponListOptions } from "@/components/coupons/table/coupon-queries";
import { CouponTable } from "@/components/coupons/table/coupon-table";
import { can } from "@/lib/auth/roles";
import { COLUMNS_COOKIE } from "@/lib/coupons/table/columns";
import { parseColumnList, serialiseTableState } from "@/lib/coupons/table/table-state";
import { requireUser } from "@/lib/server/auth/guards";
import { loadCouponPage, loadCouponView, readTableRequest } from "@/lib/server/coupon-table";

export const metadata: Metadata = { title: "Coupons" };

// The server renders the first page (and an open drawer's coupon) into react-query's cache under
// the same keys the browser uses; a failed read is left out, and the browser shows it as an error
// with a retry.
export default async function CouponsPage({ searchParams }: PageProps<"/coupons">) {
  const user = await requireUser();
  const [params, cookieStore] = await Promise.all([searchParams, cookies()]);
  const request = readTableRequest(params);
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.prefetchQuery({ ...couponListOptions(serialiseTableState(request.state, "data")), queryFn: () => loadCouponPage(request) }),
    request.state.coupon
      ? queryClient.prefetchQuery({ ...couponDetailOptions(request.state.coupon), queryFn: () => loadCouponView(request.state.coupon!) })
      : null,
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      {/* Support staff read and export; only merchants see row actions, selection and edit links. */}
      <CouponTable
        setup={request.setup}
        canEdit={can(user.role, "coupons:write")}
        savedColumns={parseColumnList(cookieStore.get(COLUMNS_COOKIE)?.value)}
      />
    </HydrationBoundary>
  );
}
