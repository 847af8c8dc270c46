import type { CouponListRow } from "@/lib/server/coupon-list";
import { CouponRowActions } from "./coupon-row-actions";
import { StatusBadge } from "./status-badge";

/** The plain, server-rendered coupon list (the interactive table replaces it later). Row actions only for roles that may change coupons. */
export function CouponList({ rows, timeZone, canWrite }: { rows: CouponListRow[]; timeZone: string; canWrite: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-zinc-200 text-sm">
        <caption className="sr-only">Coupons, dates in {timeZone}</caption>
        <thead className="bg-zinc-50 text-left text-xs font-semibold uppercase tracking-wide text-zinc-600">
          <tr>
            <th scope="col" className="px-4 py-3">Code</th>
            <th scope="col" className="px-4 py-3">Name</th>
            <th scope="col" className="px-4 py-3">Discount</th>
            <th scope="col" className="px-4 py-3">Applies to</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3 text-right">Uses</th>
            <th scope="col" className="px-4 py-3">Starts</th>
            <th scope="col" className="px-4 py-3">Ends</th>
            {canWrite ? (
              <th scope="col" className="px-4 py-3 text-right">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-zinc-50">
              <td className="whitespace-nowrap px-4 py-3 font-mono font-semibold text-zinc-900">{row.code}</td>
              <td className="px-4 py-3 text-zinc-800">{row.name}</td>
              <td className="whitespace-nowrap px-4 py-3 text-zinc-800">{row.value}</td>
              <td className="px-4 py-3 text-zinc-700">{row.appliesTo}</td>
              <td className="px-4 py-3">
                <StatusBadge status={row.status} label={row.statusLabel} />
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums text-zinc-800">{row.uses}</td>
              <td className="whitespace-nowrap px-4 py-3 text-zinc-700">{row.starts}</td>
              <td className="whitespace-nowrap px-4 py-3 text-zinc-700">
                {row.ends}
                {row.endsHint ? <span className="block text-xs text-zinc-500">{row.endsHint}</span> : null}
              </td>
              {canWrite ? (
                <td className="whitespace-nowrap px-4 py-3">
                  <CouponRowActions coupon={{ id: row.id, code: row.code, active: row.active }} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
