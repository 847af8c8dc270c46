import "server-only";
// The auth building blocks bound to the process's app.db. Tests build their own over a temp file.
import { authDb, type AuthDb } from "./auth-db";
import { AuditLog } from "./audit-log";
import { SessionStore } from "./sessions";
import { LoginThrottle } from "./throttle";
import { UserRepository } from "./users";

export interface AuthServices {
  db: AuthDb;
  users: UserRepository;
  sessions: SessionStore;
  throttle: LoginThrottle;
  audit: AuditLog;
}

export function createAuthServices(db: AuthDb, now: () => number = Date.now): AuthServices {
  return {
    db,
    users: new UserRepository(db, now),
    sessions: new SessionStore(db, { now }),
    throttle: new LoginThrottle(db, now),
    audit: new AuditLog(db, now),
  };
}

const cache = new WeakMap<AuthDb, AuthServices>();

export function authServices(): AuthServices {
  const db = authDb();
  let services = cache.get(db);
  if (!services) {
    services = createAuthServices(db);
    cache.set(db, services);
  }
  return services;
}
