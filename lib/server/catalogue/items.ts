import "server-only";
// The one item look-up of this process, over the active backend's catalogue: its cache is shared
// by the table, the drawer, the form's checks and the health sweep.
import { catalogueGateway } from "../backend";
import { ItemLookUp } from "./look-up";

export { itemOfCoupon, itemOfScope } from "./look-up";

const globalForItems = globalThis as unknown as { couponItemLookUp?: ItemLookUp };

export function itemLookUp(): ItemLookUp {
  globalForItems.couponItemLookUp ??= new ItemLookUp(catalogueGateway);
  return globalForItems.couponItemLookUp;
}
