import type { Metadata } from "next";
import Link from "next/link";
import { CouponList } from "@/components/coupons/coupon-list";
import { ViewLinks } from "@/components/coupons/view-links";
import { Pager } from "@/components/ui/pager";
import { can } from "@/lib/auth/roles";
import { isCouponError } from "@/lib/coupons/errors";
import { requireUser } from "@/lib/server/auth/guards";
import { listCoupons, type CouponListPage } from "@/lib/server/coupon-list";

export const metadata: Metadata = { title: "Coupons" };

/** The list's URL: the default view and the first page need no parameters. */
function listHref(view: string, page = 1): string {
  const params = new URLSearchParams({ ...(view !== "all" ? { view } : {}), ...(page > 1 ? { page: String(page) } : {}) });
  return params.size ? `/coupons?${params}` : "/coupons";
}

export default async function CouponsPage({ searchParams }: { searchParams: Promise<{ page?: string; view?: string }> }) {
  const user = await requireUser();
  const { page, view } = await searchParams;
  let list: CouponListPage;
  try {
    list = await listCoupons(Number(page ?? 1), view);
  } catch (error) {
    // A backend that can't answer (Wix unreachable, a key Wix refuses) is explained, not a crash.
    if (!isCouponError(error)) throw error;
    return (
      <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-6">
        <h1 className="text-base font-semibold text-rose-900">The coupons could not be loaded</h1>
        <p className="mt-1 text-sm text-rose-800">{error.message}</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="coupons-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 id="coupons-heading" className="text-2xl font-semibold text-zinc-900">
            Coupons
          </h1>
          <p className="text-sm text-zinc-600">
            {list.total.toLocaleString("en-US")} coupons · times in {list.timeZone}
          </p>
        </div>
        <div className="flex items-center gap-3">
        <ViewLinks views={list.views} current={list.view} hrefFor={(v) => listHref(v)} />
          {can(user.role, "coupons:write") ? (
            <Link
              href="/coupons/new"
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-xs hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              New coupon
            </Link>
          ) : null}
        </div>
      </div>
      {list.total === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-10 text-center">
          <h2 className="text-base font-semibold text-zinc-900">{list.view === "all" ? "No coupons yet" : "No coupons in this view"}</h2>
          <p className="mt-1 text-sm text-zinc-600">Coupons you create will appear here.</p>
        </div>
      ) : (
        <>
          <CouponList rows={list.rows} timeZone={list.timeZone} canWrite={can(user.role, "coupons:write")} />
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
            pageSize={list.pageSize}
            hrefFor={(p) => listHref(list.view, p)}
          />
        </>
      )}
    </section>
  );
}
