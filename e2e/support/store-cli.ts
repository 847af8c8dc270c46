// Creates and deletes coupons in the e2e app's store from the test process, through the same store
// (the embedded CouponGateway) the app reads, so tests that change data work on coupons of their
// own and leave the demo data as they found it. Run with `tsx --conditions=react-server`.
//   store-cli.ts create '[{...specification}]'  → prints the new ids as JSON
//   store-cli.ts insert-as-stored '[{...}]'    → coupons made elsewhere, as Wix holds them (ids as JSON)
//   store-cli.ts delete '["id", ...]'          → deletes those that still exist
//   store-cli.ts redeem '[["id", uses], ...]'  → customers used these codes at checkout
//   store-cli.ts usage-history '{"site", "couponId", "usageLimit", "readings": [{at, uses}]}'
//                                              → a coupon's past usage snapshots, in the app database
import { appDb } from "@/lib/server/app-data/app-db";
import { openDatabase } from "@/lib/server/store/database";
import { UsageReadings } from "@/lib/server/usage/usage-readings";
import { SqliteCouponStore } from "@/lib/server/store/coupon-store";

const [command, payload] = process.argv.slice(2);
const store = new SqliteCouponStore(openDatabase());
const input = JSON.parse(payload ?? "[]") as unknown[];

if (command === "create") {
  const ids: string[] = [];
  for (const spec of input) ids.push((await store.create(spec)).id);
  console.log(JSON.stringify(ids));
} else if (command === "insert-as-stored") {
  console.log(JSON.stringify(input.map((spec) => store.insertAsStored(spec).id)));
} else if (command === "redeem") {
  for (const [id, uses] of input as [string, number][]) store.recordRedemption(id, uses);
  console.log("[]");
} else if (command === "usage-history") {
  const { site, couponId, usageLimit, readings } = JSON.parse(payload ?? "{}") as {
    site: string;
    couponId: string;
    usageLimit: number | null;
    readings: { at: number; uses: number }[];
  };
  await new UsageReadings(appDb(), site).insertHistory(couponId, readings, usageLimit);
  await appDb().close();
  console.log("[]");
} else if (command === "delete") {
  for (const id of input) await store.delete(String(id)).catch(() => undefined);
  console.log("[]");
} else {
  console.error(`unknown command ${command}`);
  process.exit(2);
}
