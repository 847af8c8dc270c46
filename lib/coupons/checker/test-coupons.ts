// A stored coupon for the checker's tests: 10 % off, started ten days before AT, used `numberOfUsages` times.
import type { Coupon } from "../domain/model";

/** 10 May 2027, 14:00 in Berlin: when the tests' customer tries the code. */
export const AT = Date.UTC(2027, 4, 10, 12);
const DAY = 86_400_000;

export function couponOf(spec: Partial<Coupon["specification"]> = {}, numberOfUsages = 0): Coupon {
  return {
    id: "c1",
    specification: {
      name: "Test",
      code: "SUMMER10",
      startTime: AT - 10 * DAY,
      percentOffRate: 10,
      type: "PercentOff",
      ...spec,
    } as Coupon["specification"],
    dateCreated: AT - 20 * DAY,
    expired: false,
    numberOfUsages,
  };
}
