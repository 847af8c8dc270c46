import type { Metadata } from "next";
import { AttentionList } from "@/components/coupons/attention/attention-list";
import { UsageAlertList } from "@/components/coupons/attention/usage-alert-list";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/server/auth/guards";
import { loadUsageAlerts } from "@/lib/server/usage/usage-alerts";

export const metadata: Metadata = { title: "Needs attention · Coupons" };

// Coupons whose use jumped or is running out (from the usage snapshots), then coupons that still
// work at checkout but point at an item customers can no longer buy. Both roles see the lists;
// only merchants act on them.
export default async function AttentionPage() {
  const user = await requirePermission("coupons:read");
  const canEdit = can(user.role, "coupons:write");
  const usageAlerts = await loadUsageAlerts();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold text-zinc-900">Needs attention</h1>
      <section aria-labelledby="usage-heading" className="space-y-3">
        <div>
          <h2 id="usage-heading" className="text-lg font-semibold text-zinc-900">
            Unusual use
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-zinc-600">
            Live coupons used far above their own recent pace (a code posted on a deal site looks like this), and coupons that will reach
            their usage limit within a day. {usageAlerts.schedule}
          </p>
        </div>
        <UsageAlertList rows={usageAlerts.rows} canEdit={canEdit} />
      </section>
      <section aria-labelledby="attention-heading" className="space-y-3">
        <div>
          <h2 id="attention-heading" className="text-lg font-semibold text-zinc-900">
            Items customers can&apos;t buy
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-zinc-600">
            Coupons that are switched on (live or scheduled) but point at a product, service, event, ticket or plan that was deleted, is
            hidden from customers or is over. Wix doesn&apos;t tell us when that happens, so this checks each one.
          </p>
        </div>
        <AttentionList canEdit={canEdit} />
      </section>
    </div>
  );
}
