import "server-only";
// One object per app database and site (the active backend's coupons): the usage records and the
// code families are both bound to a pair, made once and reused.
import { backend } from "../backend";
import { appDb } from "./app-db";
import type { AppSql } from "./app-sql";

export function perSite<T>(make: (sql: AppSql, site: string) => T): () => T {
  const cache = new WeakMap<AppSql, Map<string, T>>();
  return () => {
    const sql = appDb();
    const { site } = backend();
    let bySite = cache.get(sql);
    if (!bySite) cache.set(sql, (bySite = new Map()));
    let made = bySite.get(site);
    if (made === undefined) bySite.set(site, (made = make(sql, site)));
    return made;
  };
}
