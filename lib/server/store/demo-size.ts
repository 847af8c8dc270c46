// How many coupons the demo store starts with: read by the seed, the tests and the e2e suite.
import { MADE_ELSEWHERE } from "./made-elsewhere";

/** Generated demo coupons; the made-elsewhere shapes come on top of them. */
export const DEMO_COUPON_COUNT = 250;
/** The demo store as a first start seeds it: the generated coupons and the made-elsewhere ones. */
export const DEMO_TOTAL = DEMO_COUPON_COUNT + MADE_ELSEWHERE.length;
