// npm run seed -- [--coupons 250] [--data <dir>]
// Adds the demo catalogue and demo coupons to the embedded store. Safe to run again: it only
// adds what is missing, so `--coupons 100000` tops a store up to 100,000 for scale work.
import path from "node:path";
import { openDatabase } from "@/lib/server/store/database";
import { SqliteCouponStore } from "@/lib/server/store/coupon-store";
import { DEMO_COUPON_COUNT, seedDemoData } from "@/lib/server/store/seed";
import { intFlag, parseFlags } from "./args";

const flags = parseFlags(process.argv.slice(2));
if (typeof flags.data === "string") process.env.COUPON_DATA_DIR = path.resolve(flags.data);
const count = intFlag(flags, "coupons", DEMO_COUPON_COUNT);

const db = openDatabase();
const store = new SqliteCouponStore(db);
const started = performance.now();
const report = seedDemoData(db, store, count, (done, of) => {
  process.stdout.write(`\rseeding… ${done.toLocaleString("en-US")} / ${of.toLocaleString("en-US")}`);
});
db.exec("ANALYZE");
process.stdout.write("\n");
console.log(
  `added ${report.added.toLocaleString("en-US")} coupons in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `the store now holds ${report.total.toLocaleString("en-US")} (${db.name})`,
);
db.close();
