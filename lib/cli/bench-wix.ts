// npm run bench:wix -- [--coupons 10000] [--items 300] [--latency 50]
// The Wix catalogue against the emulator (in this process, 50 ms added to every answer), through
// the real Wix gateways and the per-site throttle (200 calls a minute):
//   1. a "Needs attention" sweep over --coupons live coupons pointing at --items products,
//      services and events (a tenth of the products deleted): calls made, wall time, peak RSS;
//   2. one table page of 100 coupons whose names are not in displayData: catalogue calls per page;
//   3. one usage snapshot round over the live coupons (background lane, its own minute of the
//      throttle), a table page asked for while it runs, and a second round after 50 checkouts.
// A benchmark, not a test: it prints figures, it never fails CI.
import { createEmulator } from "@/emulator/server";
import { parseQuery } from "@/lib/coupons/query/query";
import type { CatalogueItem } from "@/lib/coupons/domain/catalogue";
import { withItemNames } from "@/lib/server/catalogue/item-names";
import { ItemLookUp } from "@/lib/server/catalogue/look-up";
import { sweep } from "@/lib/server/catalogue/scope-health";
import { openDatabase } from "@/lib/server/store/database";
import { SqliteCouponStore } from "@/lib/server/store/coupon-store";
import { demoCatalogue } from "@/lib/server/store/demo-catalogue";
import { WixCatalogueGateway } from "@/lib/server/wix/catalogue";
import { WixCouponGateway } from "@/lib/server/wix/gateway";
import { Throttle } from "@/lib/server/wix/throttle";
import { openSqliteAppDb } from "@/lib/server/app-data/app-db";
import { runSnapshotRound } from "@/lib/server/usage/snapshot-round";
import { UsageReadings } from "@/lib/server/usage/usage-readings";
import { UsageRounds } from "@/lib/server/usage/usage-rounds";
import { intFlag, parseFlags } from "./args";

const flags = parseFlags(process.argv.slice(2));
const COUPONS = intFlag(flags, "coupons", 10_000);
const ITEMS = intFlag(flags, "items", 300);
const LATENCY = intFlag(flags, "latency", 50);
const KEY = "bench-key";
const SITE = "bench000-site-0000-0000-000000000000";

const store = new SqliteCouponStore(openDatabase(":memory:"), { label: "bench" });
const kinds = [
  { namespace: "stores", group: "product" },
  { namespace: "bookings", group: "service" },
  { namespace: "events", group: "event" },
] as const;
const items: CatalogueItem[] = Array.from({ length: ITEMS }, (_, i) => ({
  ...kinds[i % kinds.length]!,
  id: `bench-item-${i}`,
  name: `Bench item ${i}`,
  formattedPrice: "$10.00",
}));
// Coupons first, items after: no displayData, so the table page has to ask the catalogue.
store.catalogue.upsert(demoCatalogue());
const start = Date.now() - 86_400_000;
for (let i = 0; i < COUPONS; i++) {
  const item = items[i % ITEMS]!;
  store.createSync({
    name: `Bench ${i}`,
    code: `BENCH${i}`,
    percentOffRate: 10,
    startTime: start,
    scope: { namespace: item.namespace, group: { name: item.group, entityId: item.id } },
  });
}
store.catalogue.upsert(items);
const gone = items.filter((item, i) => item.group === "product" && i % 10 === 0);
for (const item of gone) store.catalogue.remove(item, item.id);

const emulator = createEmulator({ store, apiKey: KEY, faults: { latencyMs: LATENCY } });
const url = await emulator.listen(0);
const throttle = new Throttle();
const coupons = new WixCouponGateway({ baseUrl: url, apiKey: KEY, siteId: SITE, throttle });
const catalogue = new WixCatalogueGateway({ baseUrl: url, apiKey: KEY, siteId: SITE, throttle });
const callsTo = (from: number) => {
  const byPath = new Map<string, number>();
  for (const r of emulator.requests.slice(from)) byPath.set(r.path, (byPath.get(r.path) ?? 0) + 1);
  return byPath;
};
let peakRss = process.memoryUsage().rss;
const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

console.log(
  `Wix emulator in-process, ${LATENCY} ms per answer; ${COUPONS.toLocaleString("en-US")} live coupons over ${ITEMS} items (${gone.length} products deleted)`,
);
let t = performance.now();
let last = 0;
for await (const event of sweep({ gateway: coupons, lookUp: new ItemLookUp(() => catalogue), timeZone: "UTC", currency: "USD" })) {
  if (event.type === "done") {
    const seconds = (performance.now() - t) / 1000;
    const paths = callsTo(0);
    console.log(`\n1. Needs attention sweep`);
    console.log(`   calls:        ${emulator.requests.length} (${[...paths].map(([p, n]) => `${n} × ${p}`).join(", ")})`);
    console.log(`   wall time:    ${seconds.toFixed(1)} s (limit 200 calls a minute)`);
    console.log(
      `   found:        ${event.rows.length.toLocaleString("en-US")} coupons needing attention, ${event.itemsChecked} items checked`,
    );
  } else if (performance.now() - last > 1000) {
    last = performance.now();
    process.stdout.write(`\r   ${event.phase}: ${event.done} / ${event.total}   `);
  }
}

const before = emulator.requests.length;
t = performance.now();
const page = await coupons.query({ ...parseQuery({ sort: [{ _dateCreated: "desc" }] }), limit: 100, offset: 0 });
const named = await withItemNames(page.items, new ItemLookUp(() => catalogue));
const calls = callsTo(before);
console.log(`\n2. One table page of ${page.items.length} coupons, names from the catalogue`);
console.log(`   calls:        ${emulator.requests.length - before} (${[...calls].map(([p, n]) => `${n} × ${p}`).join(", ")})`);
console.log(`   named:        ${named.filter((c) => c.displayData?.name).length} of ${named.length} (the rest point at deleted products)`);
console.log(`   wall time:    ${(performance.now() - t).toFixed(0)} ms`);
const snapshots = openSqliteAppDb(":memory:");
const roundThrottle = new Throttle();
const background = new WixCouponGateway({ baseUrl: url, apiKey: KEY, siteId: SITE, throttle: roundThrottle, lane: "background" });
const people = new WixCouponGateway({ baseUrl: url, apiKey: KEY, siteId: SITE, throttle: roundThrottle });
const deps = {
  gateway: background,
  readings: new UsageReadings(snapshots, "bench"),
  rounds: new UsageRounds(snapshots, "bench"),
  owner: "bench",
};
const SLOT_MS = 15 * 60_000;
const slot = Math.floor(Date.now() / SLOT_MS) * SLOT_MS;
const beforeRound = emulator.requests.length;
t = performance.now();
const round = runSnapshotRound(slot, deps);
await new Promise((resolve) => setTimeout(resolve, 1_000));
const pageStart = performance.now();
await people.query({ ...parseQuery({ sort: [{ _dateCreated: "desc" }] }), limit: 25, offset: 0 });
const pageMs = performance.now() - pageStart;
const outcome = await round;
console.log(`\n3. Usage snapshot round over ${outcome?.coupons.toLocaleString("en-US")} live coupons`);
console.log(`   calls:        ${emulator.requests.length - beforeRound - 1} coupon pages (+1 table page asked for during it)`);
console.log(
  `   wall time:    ${((performance.now() - t) / 1000).toFixed(1)} s; rows written: ${outcome?.recorded.toLocaleString("en-US")}`,
);
console.log(`   a table page during the round: ${pageMs.toFixed(0)} ms (interactive lane)`);
const live = (await store.query({ ...parseQuery({ sort: [{ _dateCreated: "asc" }] }), limit: 50, offset: 0 })).items;
for (const coupon of live) store.recordRedemption(coupon.id, 1);
t = performance.now();
const second = await runSnapshotRound(slot + SLOT_MS, deps);
console.log(
  `   next slot after 50 checkouts: ${second?.calls} calls, ${((performance.now() - t) / 1000).toFixed(1)} s, rows written: ${second?.recorded} (only what changed)`,
);
console.log(`   (the next slot runs in the same minute here, so it waits for the background lane's 150 calls a minute)`);
clearInterval(sample);
console.log(`\npeak RSS: ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
await emulator.close();
