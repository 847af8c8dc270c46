// npm run bench:store -- [--coupons 100000] [--runs 300]
// Measures the embedded store on a large seeded file (reused between runs) and prints p50/p95,
// then memory (peak RSS and JS heap) and the store's size on disk.
// A benchmark, not a test: it prints figures and checks them against the targets, it never fails CI.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseQuery } from "@/lib/coupons/query/query";
import { openDatabase } from "@/lib/server/store/database";
import { SqliteCouponStore } from "@/lib/server/store/coupon-store";
import { seedDemoData } from "@/lib/server/store/seed";
import { intFlag, parseFlags } from "./args";

const flags = parseFlags(process.argv.slice(2));
const coupons = intFlag(flags, "coupons", 100_000);
const runs = intFlag(flags, "runs", 300);
const TARGET_P95_MS = 20;

const dir = typeof flags.data === "string" ? path.resolve(flags.data) : path.join(process.cwd(), ".data", "bench");
const db = openDatabase(path.join(dir, `coupons-${coupons}.db`));
const store = new SqliteCouponStore(db, { label: "bench" });
if (store.count() < coupons) {
  console.log(`seeding ${coupons.toLocaleString("en-US")} coupons into ${db.name} (once; reused by later runs)…`);
  seedDemoData(db, store, coupons, (done, of) => process.stdout.write(`\r  ${done} / ${of}`));
  process.stdout.write("\n");
  db.exec("ANALYZE");
}

const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const fileSize = (file: string) => (existsSync(file) ? statSync(file).size : 0);

/** The JS heap's high-water mark, sampled after every run (outside the timed part). */
let peakHeapUsed = process.memoryUsage().heapUsed;
const sampleHeap = () => {
  peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(name: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await run(-1 - i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
    sampleHeap();
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const verdict = p95 <= TARGET_P95_MS ? "ok" : `OVER the ${TARGET_P95_MS} ms target`;
  console.log(`${name.padEnd(52)} p50 ${p50.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms   ${verdict}`);
}

const prefixes = ["SUMMER1", "VIP2", "FLASH", "WELCOMEA", "BDAY3", "HOLIDAY1", "CYBER", "SPRING9"];
const types = ["PercentOff", "MoneyOff"];
const namespaces = ["stores", "bookings", "events", "pricingPlans"];
const runId = Date.now().toString(36).toUpperCase().slice(-6);

console.log(`embedded store, ${store.count().toLocaleString("en-US")} coupons, ${runs} runs each (page size 50, with totalResults)`);
await measure("code-prefix search (code $startsWith, case-insensitive)", (i) =>
  store.query(parseQuery({ filter: { code: { $startsWith: prefixes[Math.abs(i) % prefixes.length]!.toLowerCase() } } })),
);
await measure("type + namespace filter, sorted by numberOfUsages desc", (i) =>
  store.query(
    parseQuery({
      filter: { type: types[Math.abs(i) % types.length], "scope.namespace": namespaces[Math.abs(i) % namespaces.length] },
      sort: [{ numberOfUsages: "desc" }],
    }),
  ),
);
await measure("type filter, newest first (the table's default order)", (i) =>
  store.query(parseQuery({ filter: { type: types[Math.abs(i) % types.length] } })),
);
await measure("page at offset 5,000 (newest first)", () => store.query(parseQuery({ paging: { limit: 50, offset: 5000 } })));
await measure("single create", (i) =>
  store.create({
    name: "Bench coupon",
    code: `B${runId}${(i + 100).toString(36).toUpperCase()}`,
    percentOffRate: 10,
    scope: { namespace: "stores" },
    startTime: Date.now(),
  }),
);
const memory = process.memoryUsage();
sampleHeap();
// maxRSS is the process's high-water mark (KiB), seeding included when this run seeded.
console.log(
  `memory: peak rss ${MiB(process.resourceUsage().maxRSS * 1024)} (rss now ${MiB(memory.rss)}), ` +
    `js heap used peak ${MiB(peakHeapUsed)} (now ${MiB(memory.heapUsed)} of ${MiB(memory.heapTotal)})`,
);
const pageSize = db.pragma("page_size", { simple: true }) as number;
const pages = db.pragma("page_count", { simple: true }) as number;
const freePages = db.pragma("freelist_count", { simple: true }) as number;
console.log(
  `store file: ${MiB(fileSize(db.name))} ${path.basename(db.name)} (${pages.toLocaleString("en-US")} pages of ${pageSize} B, ` +
    `${freePages.toLocaleString("en-US")} free) + ${MiB(fileSize(`${db.name}-wal`))} WAL`,
);
try {
  // dbstat: bytes per b-tree, to show what the indexes cost next to the rows themselves.
  const trees = db
    .prepare(
      `SELECT m.type AS type, count(DISTINCT s.name) AS trees, sum(s.pgsize) AS bytes FROM dbstat s
       JOIN sqlite_master m ON m.name = s.name WHERE m.tbl_name = 'coupons' GROUP BY m.type`,
    )
    .all() as { type: string; trees: number; bytes: number }[];
  const of = (type: string) => trees.find((t) => t.type === type) ?? { trees: 0, bytes: 0 };
  console.log(`  coupons table ${MiB(of("table").bytes)}, its ${of("index").trees} indexes ${MiB(of("index").bytes)}`);
} catch {
  // This SQLite build has no dbstat table; the file size above still stands.
}
db.close();
