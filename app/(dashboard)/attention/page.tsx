import type { Metadata } from "next";
import { AttentionList } from "@/components/coupons/attention/attention-list";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/server/auth/guards";

export const metadata: Metadata = { title: "Needs attention · Coupons" };

// Coupons that still work at checkout but point at an item customers can no longer buy. Both
// roles see the list; only merchants switch coupons off or re-target them.
export default async function AttentionPage() {
  const user = await requirePermission("coupons:read");
  return (
    <section aria-labelledby="attention-heading" className="space-y-5">
      <div>
        <h1 id="attention-heading" className="text-2xl font-semibold text-zinc-900">Needs attention</h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600">
          Coupons that are switched on (live or scheduled) but point at a product, service, event, ticket or plan that was
          deleted, is hidden from customers or is over. Wix doesn&apos;t tell us when that happens, so this checks each one.
        </p>
      </div>
      <AttentionList canEdit={can(user.role, "coupons:write")} />
    </section>
  );
}
