// A coupon made elsewhere: the values this form can't show or that break our stricter rules,
// read-only, each with its reason. An edit never sends them, so saving keeps them.
import { keptFields } from "@/lib/coupons/domain/kept-fields";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";

export function KeptFieldsNote({ specification }: { specification: CouponSpecification }) {
  const kept = keptFields(specification);
  if (kept.length === 0) return null;
  return (
    <section aria-labelledby="kept-title" className="rounded-xl border border-sky-200 bg-sky-50 px-5 py-4 text-sm text-sky-950">
      <h2 id="kept-title" className="font-semibold">
        Set outside this dashboard
      </h2>
      <p className="mt-1 text-sky-900">
        This coupon holds {kept.length === 1 ? "a setting" : "settings"} made in Wix or another app that this form doesn&apos;t offer.{" "}
        {kept.length === 1 ? "It is" : "They are"} kept as {kept.length === 1 ? "it is" : "they are"} when you save.
      </p>
      <dl className="mt-3 divide-y divide-sky-200/70 border-t border-sky-200/70">
        {kept.map((item) => (
          <div key={item.field} className="grid gap-1 py-2 sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-4">
            <dt className="font-medium">{item.label}</dt>
            <dd>
              <span className="font-medium">{item.value}</span>
              <span className="block text-sky-900/90">{item.reason}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
