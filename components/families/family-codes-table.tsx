// Every code of a family with its coupon's status and uses, or why it wasn't created.
import { StatusBadge } from "@/components/coupons/status-badge";
import { STATUS_LABELS } from "@/lib/coupons/domain/status";
import type { FamilyCodeView } from "@/lib/server/families/family-views";

const fmt = (n: number) => n.toLocaleString("en-US");

function Outcome({ code }: { code: FamilyCodeView }) {
  if (code.status) return <StatusBadge status={code.status} label={STATUS_LABELS[code.status]} />;
  if (code.outcome === "created") return <span className="text-zinc-500">Deleted</span>;
  if (code.outcome === "failed") return <span className="text-rose-800">Not created: {code.problem}</span>;
  return <span className="text-zinc-500">Not created yet</span>;
}

export function FamilyCodesTable({ codes }: { codes: FamilyCodeView[] }) {
  return (
    <div className="max-h-[32rem] overflow-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">The family&apos;s codes</caption>
        <thead className="sticky top-0 border-b border-zinc-200 bg-zinc-50 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5">
              Code
            </th>
            <th scope="col" className="px-4 py-2.5">
              Status
            </th>
            <th scope="col" className="px-4 py-2.5 text-right">
              Uses
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {codes.map((code) => (
            <tr key={code.position}>
              <th scope="row" className="px-4 py-2 font-mono text-[13px] font-semibold text-zinc-900">
                {code.couponId && code.status ? (
                  <a href={`/coupons?coupon=${code.couponId}`} className="rounded-sm hover:underline focus-ring">
                    {code.code}
                  </a>
                ) : (
                  code.code
                )}
              </th>
              <td className="px-4 py-2">
                <Outcome code={code} />
              </td>
              <td className="px-4 py-2 text-right tabular-nums">
                {code.uses === undefined ? "—" : `${fmt(code.uses)}${code.usageLimit ? ` of ${fmt(code.usageLimit)}` : ""}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
