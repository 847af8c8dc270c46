import "server-only";
// The usage records of the active backend's coupons, in the process's app database.
import { perSite } from "../app-data/per-site";
import { UsageReadings } from "./usage-readings";
import { UsageRounds } from "./usage-rounds";

export interface UsageRecords {
  readings: UsageReadings;
  rounds: UsageRounds;
}

export const usageRecords = perSite((sql, site): UsageRecords => ({
  readings: new UsageReadings(sql, site),
  rounds: new UsageRounds(sql, site),
}));
