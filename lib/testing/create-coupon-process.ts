// A child process for the concurrency test: opens the store file on its own connection, says
// "ready", waits for "go" on stdin so that every process fires at once, creates one coupon and
// prints the outcome.
import { isCouponError } from "@/lib/coupons/domain/errors";
import { openDatabase } from "@/lib/server/store/database";
import { SqliteCouponStore } from "@/lib/server/store/coupon-store";

const [file, code] = process.argv.slice(2) as [string, string];
const store = new SqliteCouponStore(openDatabase(file));
process.stdout.write("ready\n");
process.stdin.once("data", async () => {
  try {
    const { id } = await store.create({ name: "Race", code, freeShipping: true, startTime: Date.now() });
    process.stdout.write(JSON.stringify({ ok: true, id }) + "\n");
  } catch (error) {
    process.stdout.write(JSON.stringify({ ok: false, code: isCouponError(error) ? error.code : String(error) }) + "\n");
  }
  process.exit(0);
});
