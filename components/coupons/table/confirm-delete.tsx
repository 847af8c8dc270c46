"use client";
// Deleting asks first, and says what goes: the code stops working at checkout and the coupon's
// record (its usage count included) is gone for good. Cancel has the focus.
import { Modal } from "@/components/ui/modal";
import type { CouponView } from "@/lib/coupons/table/coupon-view";
import { Button } from "@/components/ui/button";

interface ConfirmDeleteProps {
  coupons: readonly Pick<CouponView, "id" | "code" | "name" | "uses">[] | null;
  onCancel: () => void;
  onConfirm: () => void;
}

const SHOWN = 8;

export function ConfirmDelete({ coupons, onCancel, onConfirm }: ConfirmDeleteProps) {
  const list = coupons ?? [];
  const one = list.length === 1 ? list[0]! : null;
  const uses = list.reduce((n, c) => n + c.uses, 0);
  const title = one ? `Delete ${one.code}?` : `Delete ${list.length} coupons?`;
  return (
    <Modal
      open={coupons !== null}
      onClose={onCancel}
      labelledBy="confirm-delete-title"
      describedBy="confirm-delete-body"
      role="alertdialog"
      className="m-auto w-[28rem] max-w-[calc(100vw-2rem)] rounded-xl p-0 shadow-xl"
    >
      <div className="p-5">
        <h2 id="confirm-delete-title" className="text-base font-semibold text-zinc-900">
          {title}
        </h2>
        <div id="confirm-delete-body" className="mt-2 space-y-2 text-sm text-zinc-600">
          {one ? (
            <p>
              Customers will no longer be able to use <span className="font-mono font-semibold text-zinc-900">{one.code}</span> (“{one.name}
              ”) at checkout. Its settings and usage history ({one.uses.toLocaleString("en-US")} {one.uses === 1 ? "use" : "uses"} so far)
              are deleted too.
            </p>
          ) : (
            <>
              <p>
                Customers will no longer be able to use these codes at checkout. Their settings and usage history (
                {uses.toLocaleString("en-US")} uses in total) are deleted too.
              </p>
              <ul className="flex flex-wrap gap-1.5">
                {list.slice(0, SHOWN).map((c) => (
                  <li key={c.id} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-800">
                    {c.code}
                  </li>
                ))}
                {list.length > SHOWN ? <li className="px-1 py-0.5 text-xs">and {list.length - SHOWN} more</li> : null}
              </ul>
            </>
          )}
          <p className="font-medium text-zinc-800">This can’t be undone.</p>
        </div>
      </div>
      <div className="flex justify-end gap-2 rounded-b-xl border-t border-zinc-100 bg-zinc-50 px-5 py-3">
        <Button autoFocus onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          {one ? "Delete coupon" : `Delete ${list.length} coupons`}
        </Button>
      </div>
    </Modal>
  );
}
