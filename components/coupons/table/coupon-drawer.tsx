"use client";
// The details drawer: status and uses first, use over time, then the fields that apply to this coupon in words,
// the code copied in one click, switching on or off and deleting for merchants, and a URL of its
// own (?coupon=<id>) to paste into a ticket. Opening it from a row shows that row at once;
// a shared link loads the coupon even when it isn't on the current page.
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState, type ReactNode } from "react";
import { Check, Close, Copy, Link as LinkIcon } from "@/components/ui/icons";
import { Modal } from "@/components/ui/modal";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import { labelOf, type FieldId } from "@/lib/coupons/domain/fields";
import { CouponStatusBadge, DateCell, EmptyValue, UsageCell } from "./cells";
import { couponDetailOptions, RequestError } from "./coupon-queries";
import { useTableActions } from "./table-context";

/** The chart's code loads with the first drawer opened, after the drawer's own. */
const UsageChart = lazy(() => import("./usage-chart").then((m) => ({ default: m.UsageChart })));

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

/** One of the facts support asks first, in its own box at the top of the drawer. */
function Glance({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-zinc-200 px-3 py-2">
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-1 text-sm">{children}</dd>
    </div>
  );
}

function useCopy(): [string | null, (what: string, text: string) => void] {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = (what: string, text: string) => {
    navigator.clipboard.writeText(text).then(
      () => setCopied(what),
      () => setCopied(`${what}-failed`),
    );
    window.setTimeout(() => setCopied(null), 2500);
  };
  return [copied, copy];
}

const SMALL_BUTTON = "btn px-2.5 py-1.5";

interface CouponDrawerProps {
  id: string | null;
  /** The row as the table shows it, if it is on the current page. */
  fromList: CouponView | undefined;
  canEdit: boolean;
  onClose: () => void;
}

export function CouponDrawer({ id, fromList, canEdit, onClose }: CouponDrawerProps) {
  return (
    <Modal
      open={id !== null}
      onClose={onClose}
      labelledBy="coupon-drawer-title"
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-dvh w-[30rem] max-w-full overflow-y-auto border-l border-zinc-200 bg-white p-0 shadow-2xl"
    >
      {id ? <DrawerBody id={id} fromList={fromList} canEdit={canEdit} onClose={onClose} /> : null}
    </Modal>
  );
}

function DrawerBody({
  id,
  fromList,
  canEdit,
  onClose,
}: {
  id: string;
  fromList: CouponView | undefined;
  canEdit: boolean;
  onClose: () => void;
}) {
  const detail = useQuery({ ...couponDetailOptions(id), placeholderData: fromList });
  const [copied, copy] = useCopy();
  const coupon = detail.data;
  const missing = detail.error instanceof RequestError && detail.error.status === 404;
  const { setActive, requestDelete, pending } = useTableActions();
  const busy = coupon ? pending.has(coupon.id) : false;

  return (
    <div className="flex min-h-full flex-col">
      <div className="sticky top-0 z-10 flex items-start justify-between gap-3 border-b border-zinc-200 bg-white px-6 py-4">
        <div className="min-w-0">
          <p className="text-xs font-medium tracking-wide text-zinc-500 uppercase">Coupon details</p>
          <h2 id="coupon-drawer-title" className="mt-0.5 truncate font-mono text-xl font-semibold text-zinc-900">
            {coupon?.code ?? (missing ? "Coupon not found" : "Loading…")}
          </h2>
          {coupon ? <p className="mt-1 truncate text-sm text-zinc-600">{coupon.name}</p> : null}
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close details"
          className="rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-ring-inset"
        >
          <Close />
        </button>
      </div>

      {coupon ? (
        <>
          <div className="flex flex-wrap items-center gap-2 border-b border-zinc-100 px-6 py-3">
            <button type="button" onClick={() => copy("code", coupon.code)} className={SMALL_BUTTON}>
              {copied === "code" ? <Check /> : <Copy />}
              Copy code
            </button>
            <button type="button" onClick={() => copy("link", window.location.href)} className={SMALL_BUTTON}>
              {copied === "link" ? <Check /> : <LinkIcon />}
              Copy link
            </button>
            {canEdit ? (
              <>
                <a href={`/coupons/${encodeURIComponent(coupon.id)}/edit`} className={SMALL_BUTTON}>
                  Edit
                </a>
                <a href={`/coupons/new?from=${encodeURIComponent(coupon.id)}`} className={SMALL_BUTTON}>
                  Duplicate
                </a>
                <button
                  type="button"
                  disabled={busy}
                  aria-busy={busy}
                  onClick={() => setActive(coupon, !coupon.active)}
                  className={SMALL_BUTTON}
                >
                  {coupon.active ? "Deactivate" : "Activate"}
                </button>
                <button type="button" disabled={busy} onClick={() => requestDelete(coupon)} className={`${SMALL_BUTTON} text-rose-700`}>
                  Delete…
                </button>
              </>
            ) : null}
            <p role="status" className="text-sm text-emerald-700">
              {copied === "code"
                ? "Code copied"
                : copied === "link"
                  ? "Link copied"
                  : copied
                    ? "Copying isn’t allowed here; select the text instead."
                    : ""}
            </p>
          </div>
          <div className="space-y-6 px-6 py-5">
            <dl aria-label="At a glance" className="grid grid-cols-2 gap-3">
              <Glance label={labelOf("status")}>
                <CouponStatusBadge coupon={coupon} />
              </Glance>
              <Glance label={labelOf("numberOfUsages")}>
                <UsageCell coupon={coupon} />
              </Glance>
            </dl>
            <section aria-labelledby="drawer-usage">
              <h3 id="drawer-usage" className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">
                Use over time
              </h3>
              <div className="mt-2">
                <Suspense fallback={<div className="h-40 animate-pulse rounded-lg bg-zinc-100" />}>
                  <UsageChart couponId={coupon.id} />
                </Suspense>
              </div>
            </section>
            <section
              aria-labelledby="drawer-check"
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-100 bg-brand-50/60 px-3 py-2.5"
            >
              <p id="drawer-check" className="text-sm text-zinc-700">
                A customer says this code doesn&apos;t work?
              </p>
              <a href={`/check?code=${encodeURIComponent(coupon.code)}`} className={SMALL_BUTTON}>
                Check this code
              </a>
            </section>
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
          </div>
        </>
      ) : detail.isError ? (
        <div role="alert" className="m-6 rounded-lg border border-rose-200 bg-rose-50 p-4 text-sm text-rose-900">
          <p className="font-medium">{missing ? "This coupon doesn’t exist any more." : "The coupon could not be loaded."}</p>
          {!missing ? (
            <button
              type="button"
              onClick={() => detail.refetch()}
              className="mt-3 rounded-md bg-rose-700 px-3 py-1.5 font-medium text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-700"
            >
              Try again
            </button>
          ) : null}
        </div>
      ) : (
        <div role="status" className="space-y-3 px-6 py-5">
          <span className="sr-only">Loading the coupon…</span>
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="h-9 animate-pulse rounded bg-zinc-100" />
          ))}
        </div>
      )}
    </div>
  );
}
