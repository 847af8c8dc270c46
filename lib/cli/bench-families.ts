// npm run bench:families -- [--codes 1000] [--latency 50]
// Generating a code family: --codes codes from one template, on the embedded store and through the
// real Wix gateway against the emulator (in this process, --latency ms added to every answer).
// Each run checks the prefix is free (1 call), then creates the codes 100 a bulk call. Prints the
// calls made, wall time and peak RSS. A benchmark, not a test: it prints figures, it never fails CI.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createEmulator } from "@/emulator/server";
import { uniqueCodes, type CodePattern } from "@/lib/coupons/families/code-pattern";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import { parseQuery } from "@/lib/coupons/query/query";
import { openSqliteAppDb } from "@/lib/server/app-data/app-db";
import { runBatch } from "@/lib/server/families/family-run";
import { FamilyStore } from "@/lib/server/families/family-store";
import { SqliteCouponStore } from "@/lib/server/store/coupon-store";
import { openDatabase } from "@/lib/server/store/database";
import { WixCouponGateway } from "@/lib/server/wix/gateway";
import { Throttle } from "@/lib/server/wix/throttle";
import { intFlag, parseFlags } from "./args";

const flags = parseFlags(process.argv.slice(2));
const CODES = intFlag(flags, "codes", 1_000);
const LATENCY = intFlag(flags, "latency", 50);
const TEMPLATE = { name: "Bench flyers", startTime: Date.now(), percentOffRate: 10, scope: { namespace: "stores" }, usageLimit: 1 };
const dir = mkdtempSync(path.join(tmpdir(), "bench-families-"));

let peakRss = process.memoryUsage().rss;
const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

/** The gateway, counting the calls it makes. */
function counted(gateway: CouponGateway): { gateway: CouponGateway; calls: () => number } {
  let calls = 0;
  const proxy = new Proxy(gateway, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== "query" && key !== "bulkCreate") return value;
      return (...args: unknown[]) => {
        calls++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { gateway: proxy, calls: () => calls };
}

async function generate(label: string, site: string, target: CouponGateway, wireCalls?: () => number) {
  const { gateway, calls } = counted(target);
  const families = new FamilyStore(openSqliteAppDb(path.join(dir, "app.db")), site);
  const pattern: CodePattern = { count: CODES, prefix: "BENCH-", length: 8, alphabet: "mixed" };
  const start = performance.now();
  peakRss = process.memoryUsage().rss;
  const taken = await gateway.query({ ...parseQuery({ filter: { code: { $startsWith: pattern.prefix } } }), limit: 1, offset: 0 });
  if (taken.totalResults > 0) throw new Error("the prefix is taken");
  const family = await families.create({
    kind: "generated",
    name: label,
    prefix: pattern.prefix,
    pattern,
    template: TEMPLATE as never,
    codes: uniqueCodes(pattern, CODES).map((code) => ({ code })),
    createdBy: "bench",
  });
  while ((await families.progress(family.id)).pending > 0) await runBatch(families, gateway, family);
  const seconds = (performance.now() - start) / 1000;
  const progress = await families.progress(family.id);
  console.log(`\n${label}`);
  console.log(
    `   calls:      ${calls()} (1 prefix check + ${calls() - 1} bulk creates)${wireCalls ? `; the emulator saw ${wireCalls()} requests` : ""}`,
  );
  console.log(`   wall time:  ${seconds.toFixed(1)} s`);
  console.log(
    `   created:    ${progress.created.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")}, ${progress.failed} failed`,
  );
  console.log(`   peak RSS:   ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
}

console.log(`Generating a family of ${CODES.toLocaleString("en-US")} codes`);
await generate("1. Embedded store", "store", new SqliteCouponStore(openDatabase(path.join(dir, "coupons.db"))));

const emulated = new SqliteCouponStore(openDatabase(":memory:"));
const emulator = createEmulator({ store: emulated, apiKey: "bench-key", faults: { latencyMs: LATENCY } });
const url = await emulator.listen(0);
const wix = new WixCouponGateway({ baseUrl: url, apiKey: "bench-key", siteId: "bench-site", throttle: new Throttle() });
await generate(`2. Wix gateway → emulator, ${LATENCY} ms per answer`, "wix:bench-site", wix, () => emulator.requests.length);
await emulator.close();
clearInterval(sample);
rmSync(dir, { recursive: true, force: true });
