// The table's heading: how many coupons (matching), the time zone, and "New coupon" for merchants.
import { Plus } from "@/components/ui/icons";

interface TableHeadingProps {
  /** Null until the first page is in. */
  total: number | null;
  filtered: boolean;
  zoneLabel: string;
  canEdit: boolean;
}

export function TableHeading({ total, filtered, zoneLabel, canEdit }: TableHeadingProps) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 id="coupons-heading" className="text-2xl font-semibold tracking-tight text-zinc-900">
          Coupons
        </h1>
        <p className="mt-1 text-sm text-zinc-600">
          {total !== null ? (
            <>
              <span className="tabular-nums">{`${total.toLocaleString("en-US")} ${filtered ? "matching " : ""}coupon${total === 1 ? "" : "s"}`}</span>
              <span aria-hidden="true"> · </span>
            </>
          ) : null}
          Times in {zoneLabel}
        </p>
      </div>
      {canEdit ? (
        <a href="/coupons/new" className="btn-primary py-2">
          <Plus /> New coupon
        </a>
      ) : null}
    </div>
  );
}
