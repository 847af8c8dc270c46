import { describeCouponContract } from "@/lib/testing/coupon-contract";
import { describeQueryContract } from "@/lib/testing/coupon-query-contract";
import { storeHarness } from "@/lib/testing/store-harness";

describeCouponContract("embedded store", async () => storeHarness());
describeQueryContract("embedded store", async () => storeHarness());
