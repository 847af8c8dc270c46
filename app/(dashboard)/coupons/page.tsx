import type { Metadata } from "next";
import Link from "next/link";
import { CouponList } from "@/components/coupons/coupon-list";
import { Pager } from "@/components/ui/pager";
import { listCoupons } from "@/lib/server/coupon-list";

export const metadata: Metadata = { title: "Coupons" };

export default async function CouponsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { page } = await searchParams;
  const list = await listCoupons(Number(page ?? 1));
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
        <Link
          href="/coupons/new"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-xs hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          New coupon
        </Link>
      </div>
      {list.total === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-10 text-center">
          <h2 className="text-base font-semibold text-zinc-900">No coupons yet</h2>
          <p className="mt-1 text-sm text-zinc-600">Coupons you create will appear here.</p>
        </div>
      ) : (
        <>
          <CouponList rows={list.rows} timeZone={list.timeZone} />
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
            pageSize={list.pageSize}
            hrefFor={(p) => `/coupons?page=${p}`}
          />
        </>
      )}
    </section>
  );
}
