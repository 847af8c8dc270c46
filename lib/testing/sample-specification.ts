// One valid coupon specification (15 % off the whole store, code Summer15), for the save path's
// server tests: the checked writes, the code lookup and the test faults.
import { parseSpecification } from "@/lib/coupons/domain/specification";

export const summerSpec = parseSpecification({
  name: "Summer",
  code: "Summer15",
  startTime: 1_750_000_000_000,
  percentOffRate: 15,
  scope: { namespace: "stores" },
});
