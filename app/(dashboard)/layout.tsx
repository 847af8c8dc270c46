// A plain link home: the table navigates in-page (History API), so next/link would only add its
// router code to every dashboard page's first load.
import { QueryProvider } from "@/components/providers/query-provider";
import { couponGateway } from "@/lib/server/backend";

export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  const backendLabel = couponGateway().label;
  return (
    <div className="min-h-screen bg-zinc-50">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-[96rem] items-center justify-between gap-4 px-6 py-3">
          <a href="/coupons" className="text-base font-semibold text-zinc-900">
            Coupon dashboard
          </a>
          <p className="flex items-center gap-2 text-sm text-zinc-600">
            <span aria-hidden="true" className="h-2 w-2 rounded-full bg-emerald-500" />
            <span>
              <span className="sr-only">Backend: </span>
              {backendLabel}
            </span>
          </p>
        </div>
      </header>
      <main className="mx-auto max-w-[96rem] px-6 py-6">
        <QueryProvider>{children}</QueryProvider>
      </main>
    </div>
  );
}
