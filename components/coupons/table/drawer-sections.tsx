"use client";
// The drawer's fields in words, by section: only the ones that apply to this coupon.
import type { ReactNode } from "react";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import { labelOf, type FieldId } from "@/lib/coupons/domain/fields";
import { CouponStatusBadge, DateCell, EmptyValue, UsageCell } from "./cells";

/** A row of the drawer: a field, and when it applies (by default: when the coupon has a value for it). */
interface Row {
  field: FieldId;
  label?: string;
  applies?: (coupon: CouponView) => boolean;
}

const always = () => true;
/** A switch that means something only when on ("Once per order: Yes"); "No" rows would be noise. */
const whenOn = (field: FieldId) => (coupon: CouponView) => coupon.text[field] === "Yes";

// Only the fields that apply to this coupon: its own type's value (in "Discount"), no rows of "—"
// for the other types. What support asks first (status, uses against the limit) comes first.
const SECTIONS: { title: string; rows: Row[] }[] = [
  {
    title: "Discount",
    rows: [
      { field: "type", label: "Discount", applies: always },
      { field: "scope", applies: always },
      { field: "displayData" },
      { field: "minimumSubtotal" },
      { field: "limitedToOneItem", applies: whenOn("limitedToOneItem") },
      { field: "appliesToSubscriptions", applies: whenOn("appliesToSubscriptions") },
    ],
  },
  {
    title: "Schedule",
    rows: [
      { field: "startTime", applies: always },
      { field: "expirationTime", applies: always },
      { field: "active", applies: always },
      { field: "expired", applies: whenOn("expired") },
      { field: "_dateCreated", applies: always },
    ],
  },
  {
    title: "Limits",
    rows: [
      { field: "usageLimit", applies: always },
      {
        field: "limitPerCustomer",
        applies: (coupon) => Boolean(coupon.text.limitPerCustomer) && coupon.text.limitPerCustomer !== "No limit",
      },
    ],
  },
  { title: "Record", rows: [{ field: "name" }, { field: "code" }, { field: "_id" }, { field: "appId" }] },
];

function Value({ coupon, field }: { coupon: CouponView; field: FieldId }) {
  if (field === "status") return <CouponStatusBadge coupon={coupon} />;
  if (field === "numberOfUsages") return <UsageCell coupon={coupon} />;
  if (field === "startTime" || field === "expirationTime" || field === "_dateCreated") return <DateCell date={coupon.dates[field]} />;
  const text = coupon.text[field];
  if (!text) return <EmptyValue />;
  return <span className={field === "_id" || field === "code" ? "font-mono text-[13px] break-all" : undefined}>{text}</span>;
}

export /** One of the facts support asks first, in its own box at the top of the drawer. */
function Glance({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-zinc-200 px-3 py-2">
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-1 text-sm">{children}</dd>
    </div>
  );
}

export function DrawerSections({ coupon }: { coupon: CouponView }) {
  return (
    <>
      {SECTIONS.map((section) => (
        <section key={section.title} aria-labelledby={`drawer-${section.title}`}>
          <h3 id={`drawer-${section.title}`} className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">
            {section.title}
          </h3>
          <dl className="mt-2 divide-y divide-zinc-100 rounded-lg border border-zinc-200">
            {section.rows
              .filter((row) => (row.applies ?? ((c: CouponView) => Boolean(c.text[row.field])))(coupon))
              .map(({ field, label }) => (
                <div key={field} className="grid grid-cols-[10rem_1fr] gap-3 px-3 py-2 text-sm">
                  <dt className="text-zinc-500">{label ?? labelOf(field)}</dt>
                  <dd className="min-w-0 text-zinc-900">
                    <Value coupon={coupon} field={field} />
                  </dd>
                </div>
              ))}
            {section.title === "Discount" && coupon.discountedCycleCount !== null ? (
              <div className="grid grid-cols-[10rem_1fr] gap-3 px-3 py-2 text-sm">
                <dt className="text-zinc-500">Discounted billing cycles</dt>
                <dd className="text-zinc-900">{coupon.discountedCycleCount}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ))}
    </>
  );
}
