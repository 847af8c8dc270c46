import "server-only";
// Which throttle a site's Wix calls wait on: with DATABASE_URL, the one every instance on that
// Postgres shares (shared-throttle.ts); otherwise this process's own (throttle.ts), as one
// instance on one host needs nothing more.
import { appDb } from "../app-data/app-db";
import { SharedThrottle } from "./shared-throttle";
import { siteThrottle, WIX_REQUESTS_PER_MINUTE, type RequestThrottle } from "./throttle";

const shared = new Map<string, SharedThrottle>();

export function wixSiteThrottle(siteId: string, limit = WIX_REQUESTS_PER_MINUTE): RequestThrottle {
  if (!process.env.DATABASE_URL) return siteThrottle(siteId, limit);
  const key = `${process.env.DATABASE_URL}\u0000${siteId}\u0000${limit}`;
  let throttle = shared.get(key);
  if (!throttle) shared.set(key, (throttle = new SharedThrottle(appDb(), `wix:${siteId}`, limit)));
  return throttle;
}
