import "server-only";
// "Needs attention" for the signed-in caller, over the active backend (the sweep: scope-health.ts).
import { authorize } from "../auth/guards";
import { couponGateway } from "../backend";
import { merchantCurrency, merchantTimeZone } from "../config";
import { itemLookUp } from "./items";
import { sweep, type SweepEvent } from "./scope-health";

export async function* sweepScopeHealth(): AsyncGenerator<SweepEvent> {
  await authorize("coupons:read");
  yield* sweep({ gateway: couponGateway(), lookUp: itemLookUp(), timeZone: merchantTimeZone(), currency: merchantCurrency() });
}
