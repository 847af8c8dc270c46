import Link from "next/link";
import { connection } from "next/server";
import { backendNotice, couponGateway } from "@/lib/server/backend";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  // Business data: rendered per request, never prerendered (and a build never opens the store).
  await connection();
  const backendLabel = couponGateway().label;
  const notice = backendNotice();
  return (
    <div className="min-h-screen bg-zinc-50">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-6 py-3">
          <Link href="/coupons" className="text-base font-semibold text-zinc-900">
            Coupon dashboard
          </Link>
          <p className="flex items-center gap-2 text-sm text-zinc-600">
            <span aria-hidden="true" className={`h-2 w-2 rounded-full ${notice ? "bg-amber-500" : "bg-emerald-500"}`} />
            <span>
              <span className="sr-only">Backend: </span>
              {backendLabel}
            </span>
          </p>
        </div>
        {notice ? (
          <div role="alert" className="border-t border-amber-200 bg-amber-50">
            <p className="mx-auto max-w-7xl px-6 py-2 text-sm text-amber-900">{notice}</p>
          </div>
        ) : null}
      </header>
      <main className="mx-auto max-w-7xl px-6 py-8">{children}</main>
    </div>
  );
}
