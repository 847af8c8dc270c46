import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FamilyCodesTable } from "@/components/families/family-codes-table";
import { FamilyRunner } from "@/components/families/family-runner";
import { FamilySwitch } from "@/components/families/family-switch";
import { can } from "@/lib/auth/roles";
import { DataRefusal } from "@/lib/server/refusal";
import { requirePermission } from "@/lib/server/auth/guards";
import { loadFamily } from "@/lib/server/families/family-views";

export const metadata: Metadata = { title: "Code family · Coupons" };

const fmt = (n: number) => n.toLocaleString("en-US");

// One code family: how far its creation got (and finishing it), how often its codes were used in
// total and each, switching them all off or on, and the codes as CSV. Support reads; merchants act.
export default async function FamilyPage({ params, searchParams }: PageProps<"/families/[id]">) {
  const user = await requirePermission("coupons:read");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const family = await loadFamily(id).catch((error: unknown) => {
    if (error instanceof DataRefusal && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const canEdit = can(user.role, "coupons:write");
  const created = family.codes.flatMap((c) => (c.couponId && c.status ? [c.couponId] : []));
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600">
        <Link href="/families" className="rounded-sm hover:underline focus-ring">
          Code families
        </Link>{" "}
        <span aria-hidden="true">/</span>{" "}
        <span aria-current="page" className="text-zinc-900">
          {family.name}
        </span>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-zinc-900">{family.name}</h1>
          <p className="mt-1 text-sm text-zinc-600">
            {family.kind === "generated" ? `Codes starting with ${family.prefix}` : "Imported from a spreadsheet"}
            {family.offer ? ` · ${family.offer}` : ""} · started {family.createdAt} by {family.createdBy}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {family.prefix ? (
            <a href={`/coupons?family=${encodeURIComponent(family.prefix)}`} className="btn h-9">
              Show in the table
            </a>
          ) : null}
          <a href={`/api/families/${family.id}/codes`} className="btn h-9" download>
            Download the codes (CSV)
          </a>
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ["Codes created", `${fmt(family.progress.created)} of ${fmt(family.progress.total)}`],
          ["Uses in total", fmt(family.totalUses)],
          ["Codes used", fmt(family.codes.filter((c) => (c.uses ?? 0) > 0).length)],
          ["Switched on", fmt(family.switchedOn)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-zinc-200 bg-white px-4 py-3">
            <dt className="text-xs font-medium text-zinc-500">{label}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums text-zinc-900">{value}</dd>
          </div>
        ))}
      </dl>
      {/* Just made (?run=1), the runner stays to say how it ended, even when the page is reloaded after. */}
      {canEdit && (family.progress.pending > 0 || query.run === "1") ? (
        <FamilyRunner familyId={family.id} initial={family.progress} autoStart={query.run === "1"} />
      ) : family.progress.pending > 0 ? (
        <p className="text-sm text-zinc-700">
          {fmt(family.progress.pending)} codes are still to be created; a merchant can finish them here.
        </p>
      ) : null}
      {canEdit && created.length > 0 ? <FamilySwitch couponIds={created} switchedOn={family.switchedOn} /> : null}
      {family.gone ? <p className="text-sm text-zinc-600">{fmt(family.gone)} of its coupons were deleted since.</p> : null}
      <FamilyCodesTable codes={family.codes} />
    </div>
  );
}
