import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/audit/audit-table";
import { Pager } from "@/components/ui/pager";
import { readAuditLog } from "@/lib/server/audit";
import { requirePermission } from "@/lib/server/auth/guards";
import { merchantTimeZone } from "@/lib/server/config";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Audit log · Coupons" };

const text = (value: unknown, max: number) => (typeof value === "string" ? value.trim().slice(0, max) : "");

// Filtered by a coupon's code (what support and merchants know), or by its id from a link.
export default async function AuditPage({ searchParams }: { searchParams: Promise<{ coupon?: string; code?: string; page?: string }> }) {
  await requirePermission("audit:read");
  const params = await searchParams;
  const couponId = text(params.coupon, 200);
  const code = text(params.code, 40);
  const filtered = Boolean(couponId || code);
  const timeZone = merchantTimeZone();
  const log = await readAuditLog({ couponId, code, page: Number(params.page ?? 1) });
  const hrefFor = (p: number) =>
    `/audit?${new URLSearchParams({ ...(couponId ? { coupon: couponId } : {}), ...(code ? { code } : {}), page: String(p) })}`;
  return (
    <section aria-labelledby="audit-heading" className="space-y-5">
      <div>
        <h1 id="audit-heading" className="text-2xl font-semibold text-zinc-900">
          Audit log
        </h1>
        <p className="mt-1 text-sm text-zinc-600">
          Every change to coupons and users: who made it, when, and what changed. Newest first; times in {timeZone}.
        </p>
      </div>
      <form method="get" action="/audit" role="search" className="flex flex-wrap items-end gap-3">
        <div className="space-y-1.5">
          <label htmlFor="code-filter" className="block text-sm font-medium text-zinc-800">
            Coupon code
          </label>
          <input
            id="code-filter"
            name="code"
            defaultValue={code}
            placeholder="e.g. SUMMER10"
            autoCapitalize="characters"
            spellCheck={false}
            className="block w-80 max-w-full rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-sm text-zinc-900 shadow-xs input-focus"
          />
        </div>
        <Button type="submit" variant="primary" size="md">
          Filter
        </Button>
        {filtered ? (
          <Link href="/audit" className="px-2 py-2 text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            Clear filter
          </Link>
        ) : null}
      </form>
      {log.total === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-10 text-center">
          <h2 className="text-base font-semibold text-zinc-900">
            {filtered ? `No entries for ${code ? `the code ${code}` : "this coupon"}` : "No changes recorded yet"}
          </h2>
          <p className="mt-1 text-sm text-zinc-600">Changes to coupons and users appear here as they happen.</p>
        </div>
      ) : (
        <>
          <AuditTable entries={log.entries} timeZone={timeZone} />
          <Pager
            page={log.page}
            total={log.total}
            pageSize={log.pageSize}
            hrefFor={hrefFor}
            className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm text-zinc-600"
          />
        </>
      )}
    </section>
  );
}
