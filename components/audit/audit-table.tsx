import Link from "next/link";
import { formatDateTime } from "@/lib/coupons/time/dates";
import type { AuditCoupon, AuditEntry } from "@/lib/server/auth/audit-log";

const ACTION_LABELS: Record<AuditEntry["action"], string> = {
  "coupon.create": "Coupon created",
  "coupon.update": "Coupon updated",
  "coupon.delete": "Coupon deleted",
  "coupon.setActive": "Coupon status",
  "coupon.bulkSetActive": "Bulk status",
  "coupon.bulkDelete": "Bulk delete",
  "coupon.bulkCreate": "Bulk create",
  "family.create": "Code family",
  "user.add": "User added",
  "user.disable": "User disabled",
  "user.enable": "User enabled",
  "user.remove": "User removed",
};

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Values are rendered as text, never as markup, whatever a coupon's name or code contains. */
function Details({ entry }: { entry: AuditEntry }) {
  const details = entry.details as {
    changes?: { field: string; before: unknown; after: unknown }[];
    succeeded?: string[];
    failed?: unknown[];
  } | null;
  if (details?.changes && details.changes.length > 0) {
    return (
      <ul className="space-y-0.5">
        {details.changes.map((c) => (
          <li key={c.field} className="break-all">
            <span className="font-medium text-zinc-800">{c.field}</span>: <span className="text-zinc-600">{show(c.before)}</span>
            <span aria-label="changed to"> → </span>
            <span className="text-zinc-900">{show(c.after)}</span>
          </li>
        ))}
      </ul>
    );
  }
  const coupons = entry.coupons.length ? entry.coupons : entry.targetType === "coupon" && entry.targetId ? [{ id: entry.targetId }] : [];
  if (coupons.length === 0) return null;
  const failed = details?.failed?.length ?? 0;
  return (
    <div className="space-y-1">
      {details?.succeeded ? (
        <p className="text-zinc-700">
          {details.succeeded.length} succeeded{failed ? `, ${failed} failed` : ""}:
        </p>
      ) : null}
      <ul className="flex flex-wrap gap-x-2 gap-y-1">
        {coupons.map((coupon) => (
          <li key={coupon.id}>
            <CouponLink coupon={coupon} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A coupon by its code (the id only where an older entry kept none), linking to its history. */
function CouponLink({ coupon }: { coupon: AuditCoupon }) {
  const href = coupon.code ? `/audit?code=${encodeURIComponent(coupon.code)}` : `/audit?coupon=${encodeURIComponent(coupon.id)}`;
  const name = coupon.code ?? coupon.id;
  return (
    <Link
      href={href}
      className="break-all font-mono text-xs text-brand-700 underline-offset-2 hover:underline"
      aria-label={`Show all entries for ${name}`}
    >
      {name}
    </Link>
  );
}

export function AuditTable({ entries, timeZone }: { entries: AuditEntry[]; timeZone: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-zinc-200 text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead className="bg-zinc-50 text-left text-xs font-semibold uppercase tracking-wide text-zinc-600">
          <tr>
            <th scope="col" className="px-4 py-3">
              When <span className="font-normal normal-case tracking-normal text-zinc-500">({timeZone})</span>
            </th>
            <th scope="col" className="px-4 py-3">
              Who
            </th>
            <th scope="col" className="px-4 py-3">
              Action
            </th>
            <th scope="col" className="px-4 py-3">
              What
            </th>
            <th scope="col" className="px-4 py-3">
              Details
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 align-top">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="whitespace-nowrap px-4 py-3 text-zinc-700">{formatDateTime(entry.at, timeZone)}</td>
              <td className="px-4 py-3 text-zinc-800">{entry.actorEmail}</td>
              <td className="whitespace-nowrap px-4 py-3 text-zinc-800">{ACTION_LABELS[entry.action] ?? entry.action}</td>
              <td className="max-w-md px-4 py-3 break-words text-zinc-900">{entry.summary}</td>
              <td className="max-w-md px-4 py-3 text-xs">
                <Details entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
