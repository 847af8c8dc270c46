import "server-only";
// Seeds the store with the demo catalogue and the first `count` demo coupons. Idempotent: the
// number already generated is kept in `meta`, so a second run only adds what is missing.
import type { Db } from "./database";
import type { SqliteCouponStore } from "./coupon-store";
import { demoCatalogue } from "./demo-catalogue";
import { demoCoupon } from "./demo-coupons";
import { DEMO_COUPON_COUNT } from "./demo-size";
import { MADE_ELSEWHERE, madeElsewhereSpecification } from "./made-elsewhere";

export { DEMO_COUPON_COUNT, DEMO_TOTAL } from "./demo-size";
const BATCH = 5_000;

function readMeta(db: Db, key: string): string | undefined {
  return (db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | undefined)?.value;
}

function writeMeta(db: Db, key: string, value: string): void {
  db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(key, value);
}

export interface SeedReport {
  added: number;
  total: number;
}

export function seedDemoData(
  db: Db,
  store: SqliteCouponStore,
  count = DEMO_COUPON_COUNT,
  onProgress?: (done: number, of: number) => void,
): SeedReport {
  const already = Number(readMeta(db, "demo_coupons_generated") ?? 0);
  const now = Number(readMeta(db, "demo_epoch") ?? Date.now());
  writeMeta(db, "demo_epoch", String(now));
  store.catalogue.upsert(demoCatalogue(now));
  let added = 0;
  for (let start = already; start < count; start += BATCH) {
    const end = Math.min(count, start + BATCH);
    db.transaction(() => {
      for (let i = start; i < end; i++) {
        const demo = demoCoupon(i, now);
        store.createSync(demo.specification, { numberOfUsages: demo.numberOfUsages, dateCreated: demo.dateCreated });
        added++;
      }
      writeMeta(db, "demo_coupons_generated", String(end));
    }).immediate();
    onProgress?.(end, count);
  }
  added += seedMadeElsewhere(db, store, now);
  return { added, total: store.count() };
}

/** The made-elsewhere shapes, once: a second run, or one after they were deleted, adds none. */
function seedMadeElsewhere(db: Db, store: SqliteCouponStore, epoch: number): number {
  if (readMeta(db, "made_elsewhere_seeded")) return 0;
  db.transaction(() => {
    for (const coupon of MADE_ELSEWHERE) {
      const specification = madeElsewhereSpecification(coupon, epoch);
      const meta = {
        numberOfUsages: coupon.numberOfUsages,
        dateCreated: Number(specification.startTime) - 3_600_000,
        ...(coupon.appId ? { appId: coupon.appId } : {}),
      };
      if (coupon.legacy) store.insertAsStored(specification, meta);
      else store.createSync(specification, meta);
    }
    writeMeta(db, "made_elsewhere_seeded", String(MADE_ELSEWHERE.length));
  }).immediate();
  return MADE_ELSEWHERE.length;
}

/** The first start of an empty store seeds the demo set once; deleting every coupon later doesn't reseed. */
export function seedOnFirstStart(db: Db, store: SqliteCouponStore): SeedReport | null {
  if (readMeta(db, "first_start_done")) return null;
  const report = store.count() === 0 ? seedDemoData(db, store) : null;
  writeMeta(db, "first_start_done", new Date().toISOString());
  return report;
}
