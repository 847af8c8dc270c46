import "server-only";
// The usage records of the active backend's coupons, in the process's app.db.
import { authDb, type AuthDb } from "../auth/auth-db";
import { backend } from "../backend";
import { UsageReadings } from "./usage-readings";
import { UsageRounds } from "./usage-rounds";

export interface UsageRecords {
  readings: UsageReadings;
  rounds: UsageRounds;
}

const cache = new WeakMap<AuthDb, Map<string, UsageRecords>>();

export function usageRecords(): UsageRecords {
  const db = authDb();
  const { site } = backend();
  let bySite = cache.get(db);
  if (!bySite) cache.set(db, (bySite = new Map()));
  let records = bySite.get(site);
  if (!records) bySite.set(site, (records = { readings: new UsageReadings(db, site), rounds: new UsageRounds(db, site) }));
  return records;
}
