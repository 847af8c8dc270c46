import "server-only";
// Server-side sessions. Why our own module rather than a library: the rules are few and specific
// (opaque 256-bit ids, only their SHA-256 in SQLite, idle + absolute expiry, revoke-all on disable,
// shared by every instance through app.db), and a ~100-line module is easier to prove with unit
// tests than adapting an auth framework's schema, cookie naming and adapter to better-sqlite3.
// A stolen database yields no usable session ids, because only hashes are stored.
import { createHash, randomBytes } from "node:crypto";
import type { AuthDb } from "./auth-db";
import { UserRepository, type UserRecord } from "./users";

export const SESSION_ID_BYTES = 32;
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reads don't turn into a write per request. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface ValidSession {
  user: UserRecord;
  createdAt: number;
  expiresAt: number;
}

export function hashSessionId(id: string): string {
  return createHash("sha256").update(id).digest("hex");
}

/** A base64url session id: 32 random bytes (256 bits) from the OS CSPRNG. */
export function newSessionId(): string {
  return randomBytes(SESSION_ID_BYTES).toString("base64url");
}

const ID_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export interface SessionOptions {
  now?: () => number;
  idleTimeoutMs?: number;
  absoluteTimeoutMs?: number;
}

export class SessionStore {
  private readonly now: () => number;
  private readonly idle: number;
  private readonly absolute: number;
  private readonly users: UserRepository;

  constructor(
    private readonly db: AuthDb,
    options: SessionOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.idle = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
    this.absolute = options.absoluteTimeoutMs ?? ABSOLUTE_TIMEOUT_MS;
    this.users = new UserRepository(db, this.now);
  }

  /**
   * Starts a session for a user who just proved who they are. Always a fresh id (no fixation): the
   * session the browser had before, if any, is ended.
   */
  create(userId: string, previousId?: string): { id: string; expiresAt: number } {
    const id = newSessionId();
    const now = this.now();
    const expiresAt = now + this.absolute;
    this.db
      .transaction(() => {
        if (previousId) this.db.prepare("DELETE FROM sessions WHERE id_hash = ?").run(hashSessionId(previousId));
        this.db.prepare("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?").run(now, now - this.idle);
        this.db
          .prepare("INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)")
          .run(hashSessionId(id), userId, now, now, expiresAt);
      })
      .immediate();
    return { id, expiresAt };
  }

  /** The session's user, or null when the id is unknown, expired (idle or absolute) or the user is disabled. */
  validate(id: string | undefined | null): ValidSession | null {
    if (!id || !ID_FORMAT.test(id)) return null;
    const idHash = hashSessionId(id);
    const row = this.db.prepare("SELECT * FROM sessions WHERE id_hash = ?").get(idHash) as
      | { user_id: string; created_at: number; last_seen_at: number; expires_at: number }
      | undefined;
    if (!row) return null;
    const now = this.now();
    if (now >= row.expires_at || now - row.last_seen_at >= this.idle) {
      this.db.prepare("DELETE FROM sessions WHERE id_hash = ?").run(idHash);
      return null;
    }
    const user = this.users.byId(row.user_id);
    if (!user || user.disabledAt !== null) return null;
    if (now - row.last_seen_at >= TOUCH_EVERY_MS) {
      this.db.prepare("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?").run(now, idHash);
    }
    return { user, createdAt: row.created_at, expiresAt: row.expires_at };
  }

  revoke(id: string): void {
    this.db.prepare("DELETE FROM sessions WHERE id_hash = ?").run(hashSessionId(id));
  }

  revokeAllForUser(userId: string): number {
    return this.db.prepare("DELETE FROM sessions WHERE user_id = ?").run(userId).changes;
  }

  countForUser(userId: string): number {
    return (this.db.prepare("SELECT count(*) AS n FROM sessions WHERE user_id = ?").get(userId) as { n: number }).n;
  }
}
