import "server-only";
// The server's check that a coupon's item exists, before a create or an edit that changes the
// scope is sent: Wix's coupon API takes any entityId, so without it a typo makes a coupon that
// applies to nothing. When the catalogue can't be asked (no permission, Wix down) the coupon is
// saved as typed: the merchant was told in the picker that the id couldn't be checked.
import { invalidArgument } from "@/lib/coupons/domain/errors";
import type { CouponScope } from "@/lib/coupons/domain/specification";
import { isFaultArmed } from "../test-faults";
import { itemLookUp, itemOfScope } from "./items";
import { refKey } from "./look-up";

export async function assertItemExists(scope: CouponScope | null | undefined): Promise<void> {
  const ref = itemOfScope(scope ?? undefined);
  if (!ref || isFaultArmed("catalogue-unavailable")) return;
  const found = await itemLookUp().find([ref], { fresh: true });
  if (found.get(refKey(ref)) === null) {
    throw invalidArgument([
      {
        field: "scope.group.entityId",
        description: `No ${ref.group} has the ID “${ref.id}” on this site. Pick the ${ref.group} from the list, or check its ID in your Wix dashboard.`,
      },
    ]);
  }
}
