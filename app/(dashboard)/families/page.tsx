import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/server/auth/guards";
import { loadFamilies } from "@/lib/server/families/family-views";

export const metadata: Metadata = { title: "Code families · Coupons" };

const fmt = (n: number) => n.toLocaleString("en-US");

// Every family: many codes made from one coupon, or the coupons of one imported spreadsheet.
export default async function FamiliesPage() {
  const user = await requirePermission("coupons:read");
  const families = await loadFamilies();
  const canEdit = can(user.role, "coupons:write");
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-zinc-900">Code families</h1>
          <p className="mt-1 max-w-3xl text-sm text-zinc-600">
            Campaigns with many single-use codes (one per influencer, customer or printed flyer), made from one coupon, and the coupons of
            imported spreadsheets. Each family is managed as one.
          </p>
        </div>
        {canEdit ? (
          <div className="flex gap-2">
            <a href="/coupons/import" className="btn h-9">
              Import a spreadsheet
            </a>
            <a href="/coupons/new?many=1" className="btn-primary h-9">
              Create many codes
            </a>
          </div>
        ) : null}
      </div>
      {families.length === 0 ? (
        <div className="rounded-lg border border-zinc-200 bg-white p-8 text-center">
          <p className="font-medium text-zinc-900">No code families yet</p>
          <p className="mt-1 text-sm text-zinc-600">Make up to 1,000 codes at once from a new coupon, or import coupons from a CSV file.</p>
        </div>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white shadow-sm" aria-label="Code families">
          {families.map((family) => (
            <li key={family.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div>
                <Link href={`/families/${family.id}`} className="rounded-sm font-medium text-zinc-900 hover:underline focus-ring">
                  {family.name}
                </Link>
                <p className="text-xs text-zinc-500">
                  {family.prefix ? `Codes starting with ${family.prefix}` : "Imported"} · started {family.createdAt} by {family.createdBy}
                </p>
              </div>
              <p className="text-sm tabular-nums text-zinc-700">
                {fmt(family.progress.created)} of {fmt(family.progress.total)} created
                {family.progress.pending ? ` · ${fmt(family.progress.pending)} to finish` : ""}
                {family.progress.failed ? ` · ${fmt(family.progress.failed)} failed` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
