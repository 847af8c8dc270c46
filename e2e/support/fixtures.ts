// The `test` every spec that changes coupons uses: Playwright's, plus this promise: whatever
// coupons a test adds (through the form, the table or the store directly), they are deleted when
// it ends, passed or failed.
import { test as base } from "@playwright/test";
import { couponsSince, deleteCoupons, storeMark } from "./store";

export const test = base.extend<{ addedCouponsRemoved: void }>({
  addedCouponsRemoved: [
    async ({}, use) => {
      const mark = storeMark();
      await use();
      const added = couponsSince(mark);
      if (added.length) deleteCoupons(added);
    },
    { auto: true },
  ],
});

export { expect } from "@playwright/test";
