import type { CouponStatus } from "@/lib/coupons/domain/status";

const STYLES: Record<CouponStatus, string> = {
  Active: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  Scheduled: "bg-sky-50 text-sky-800 ring-sky-600/20",
  Expired: "bg-zinc-100 text-zinc-700 ring-zinc-500/20",
  Inactive: "bg-amber-50 text-amber-800 ring-amber-600/20",
  UsedUp: "bg-rose-50 text-rose-800 ring-rose-600/20",
};

export function StatusBadge({ status, label }: { status: CouponStatus; label: string }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${STYLES[status]}`}
    >
      {label}
    </span>
  );
}
