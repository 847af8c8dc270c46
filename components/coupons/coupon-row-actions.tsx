"use client";
// Per-row changes for merchants on the plain list: activate/deactivate and delete. Support users
// never get this component; the actions refuse them anyway.
import { useState, useTransition } from "react";
import { deleteCoupon, setCouponActive } from "@/app/(dashboard)/coupons/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function CouponRowActions({ coupon }: { coupon: { id: string; code: string; active: boolean } }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex items-center justify-end gap-2">
      {error ? (
        <span role="alert" className="text-xs text-rose-700">
          {error}
        </span>
      ) : null}
      <button
        type="button"
        disabled={pending}
        aria-label={`${coupon.active ? "Deactivate" : "Activate"} ${coupon.code}`}
        onClick={() =>
          startTransition(async () => {
            const result = await setCouponActive({ id: coupon.id, active: !coupon.active });
            setError(result.ok ? null : result.message);
          })
        }
        className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60"
      >
        {coupon.active ? "Deactivate" : "Activate"}
      </button>
      <ConfirmButton
        label="Delete"
        accessibleLabel={`Delete ${coupon.code}`}
        title={`Delete coupon ${coupon.code}?`}
        description="Customers can no longer use this code. This can't be undone; the audit log keeps a copy of its settings."
        confirmLabel="Delete coupon"
        run={() => deleteCoupon({ id: coupon.id })}
      />
    </div>
  );
}
