import "server-only";
// The auth building blocks bound to the process's app database. Tests build their own over a temp one.
import { appDb } from "../app-data/app-db";
import type { AppSql } from "../app-data/app-sql";
import { AuditLog } from "./audit-log";
import { SessionStore } from "./sessions";
import { LoginThrottle } from "./throttle";
import { UserRepository } from "./users";

export interface AuthServices {
  sql: AppSql;
  users: UserRepository;
  sessions: SessionStore;
  throttle: LoginThrottle;
  audit: AuditLog;
}

export function createAuthServices(sql: AppSql, now: () => number = Date.now): AuthServices {
  return {
    sql,
    users: new UserRepository(sql, now),
    sessions: new SessionStore(sql, { now }),
    throttle: new LoginThrottle(sql, now),
    audit: new AuditLog(sql, now),
  };
}

const cache = new WeakMap<AppSql, AuthServices>();

export function authServices(): AuthServices {
  const sql = appDb();
  let services = cache.get(sql);
  if (!services) {
    services = createAuthServices(sql);
    cache.set(sql, services);
  }
  return services;
}
