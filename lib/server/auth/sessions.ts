import "server-only";
// Server-side sessions. Why our own module rather than a library: the rules are few and specific
// (opaque 256-bit ids, only their SHA-256 stored, idle + absolute expiry, revoke-all on disable,
// shared by every instance through the app database), and a ~100-line module is easier to prove with
// unit tests than adapting an auth framework's schema, cookie naming and adapter to two engines.
// A stolen database yields no usable session ids, because only hashes are stored.
import { createHash, randomBytes } from "node:crypto";
import type { AppSql } from "../app-data/app-sql";
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
    private readonly sql: AppSql,
    options: SessionOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.idle = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
    this.absolute = options.absoluteTimeoutMs ?? ABSOLUTE_TIMEOUT_MS;
    this.users = new UserRepository(sql, this.now);
  }

  /**
   * Starts a session for a user who just proved who they are. Always a fresh id (no fixation): the
   * session the browser had before, if any, is ended.
   */
  async create(userId: string, previousId?: string): Promise<{ id: string; expiresAt: number }> {
    const id = newSessionId();
    const now = this.now();
    const expiresAt = now + this.absolute;
    await this.sql.transaction(async (tx) => {
      if (previousId) await tx.run("DELETE FROM sessions WHERE id_hash = ?", [hashSessionId(previousId)]);
      await tx.run("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?", [now, now - this.idle]);
      await tx.run("INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)", [
        hashSessionId(id),
        userId,
        now,
        now,
        expiresAt,
      ]);
    });
    return { id, expiresAt };
  }

  /** The session's user, or null when the id is unknown, expired (idle or absolute) or the user is disabled. */
  async validate(id: string | undefined | null): Promise<ValidSession | null> {
    if (!id || !ID_FORMAT.test(id)) return null;
    const idHash = hashSessionId(id);
    const row = await this.sql.get<{ user_id: string; created_at: number; last_seen_at: number; expires_at: number }>(
      "SELECT * FROM sessions WHERE id_hash = ?",
      [idHash],
    );
    if (!row) return null;
    const now = this.now();
    if (now >= row.expires_at || now - row.last_seen_at >= this.idle) {
      await this.sql.run("DELETE FROM sessions WHERE id_hash = ?", [idHash]);
      return null;
    }
    const user = await this.users.byId(row.user_id);
    if (!user || user.disabledAt !== null) return null;
    if (now - row.last_seen_at >= TOUCH_EVERY_MS) {
      await this.sql.run("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", [now, idHash]);
    }
    return { user, createdAt: row.created_at, expiresAt: row.expires_at };
  }

  async revoke(id: string): Promise<void> {
    await this.sql.run("DELETE FROM sessions WHERE id_hash = ?", [hashSessionId(id)]);
  }

  async revokeAllForUser(userId: string): Promise<number> {
    return (await this.sql.run("DELETE FROM sessions WHERE user_id = ?", [userId])).changes;
  }

  async countForUser(userId: string): Promise<number> {
    return (await this.sql.get<{ n: number }>("SELECT count(*) AS n FROM sessions WHERE user_id = ?", [userId]))!.n;
  }
}
