import "server-only";
// Login throttling, per account and per IP address, counted in the app database so every instance sees
// the same counts. A sliding window: after LIMIT failures within WINDOW, further attempts are refused
// (without checking the password) until the oldest of those failures leaves the window.
//
// An attempt is counted *before* its password is checked: reserve() checks the limits and records the
// attempt as a failure in one write transaction (under one lock on Postgres), so a burst of parallel requests (in one process
// or across instances) can't all pass the check while the slow hash verification runs. A successful
// login then takes its attempt back (see recordSuccess).
import type { AppSql, SqlClient } from "../app-data/app-sql";
import { normaliseEmail } from "./users";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_LIMIT = 5;
export const IP_FAILURE_LIMIT = 20;

type Kind = "account" | "ip";

export interface ThrottleVerdict {
  allowed: boolean;
  /** When refused: how long until the next attempt may be made. */
  retryAfterMs: number;
  reason?: Kind;
}

/** The outcome of reserve(): refused, or allowed with the attempt already counted. */
export type ThrottleReservation = (ThrottleVerdict & { allowed: false }) | { allowed: true; retryAfterMs: 0; attempt: AttemptHandle };

/** Identifies the rows a reserved attempt wrote, so a success can take them back. */
export interface AttemptHandle {
  ipRowId: number;
  ip: string;
  at: number;
}

const LOCK = { lock: "login-throttle" };

export class LoginThrottle {
  constructor(
    private readonly sql: AppSql,
    private readonly now: () => number = Date.now,
  ) {}

  async check(email: string, ip: string, tx: SqlClient = this.sql): Promise<ThrottleVerdict> {
    const account = await this.blockedFor(tx, "account", normaliseEmail(email), ACCOUNT_FAILURE_LIMIT);
    const byIp = await this.blockedFor(tx, "ip", ip, IP_FAILURE_LIMIT);
    if (account === 0 && byIp === 0) return { allowed: true, retryAfterMs: 0 };
    return account >= byIp
      ? { allowed: false, retryAfterMs: account, reason: "account" }
      : { allowed: false, retryAfterMs: byIp, reason: "ip" };
  }

  /**
   * Checks the limits and, if the attempt may go ahead, counts it as a failure, atomically: the
   * password is checked only after this returns allowed. Call recordSuccess() if it turns out good.
   */
  reserve(email: string, ip: string): Promise<ThrottleReservation> {
    return this.sql.transaction(async (tx): Promise<ThrottleReservation> => {
      const verdict = await this.check(email, ip, tx);
      if (!verdict.allowed) return { ...verdict, allowed: false };
      const at = this.now();
      return { allowed: true, retryAfterMs: 0, attempt: { ipRowId: await this.insertFailure(tx, email, ip, at), ip, at } };
    }, LOCK);
  }

  /** Counts a failed attempt that wasn't reserved. */
  async recordFailure(email: string, ip: string): Promise<void> {
    await this.sql.transaction((tx) => this.insertFailure(tx, email, ip, this.now()), LOCK);
  }

  /** One failure for the account and one for the address (its rowid returned); old ones pruned. Inside a transaction. */
  private async insertFailure(tx: SqlClient, email: string, ip: string, at: number): Promise<number> {
    const insert = "INSERT INTO login_failures (kind, key, at) VALUES (?, ?, ?) RETURNING rowid";
    await tx.run(insert, ["account", normaliseEmail(email), at]);
    const { rowid } = (await tx.get<{ rowid: number }>(insert, ["ip", ip, at]))!;
    await tx.run("DELETE FROM login_failures WHERE at <= ?", [at - THROTTLE_WINDOW_MS]);
    return rowid;
  }

  /**
   * A successful login clears the account's failures (not the address's: one good password doesn't
   * vouch for the rest), and takes back the address's count for its own reserved attempt, so
   * successful sign-ins never use up an address's budget.
   */
  async recordSuccess(email: string, attempt?: AttemptHandle): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run("DELETE FROM login_failures WHERE kind = 'account' AND key = ?", [normaliseEmail(email)]);
      if (attempt) {
        await tx.run("DELETE FROM login_failures WHERE rowid = ? AND kind = 'ip' AND key = ? AND at = ?", [
          attempt.ipRowId,
          attempt.ip,
          attempt.at,
        ]);
      }
    }, LOCK);
  }

  private async blockedFor(tx: SqlClient, kind: Kind, key: string, limit: number): Promise<number> {
    const now = this.now();
    const recent = await tx.all<{ at: number }>(
      "SELECT at FROM login_failures WHERE kind = ? AND key = ? AND at > ? ORDER BY at DESC LIMIT ?",
      [kind, key, now - THROTTLE_WINDOW_MS, limit],
    );
    if (recent.length < limit) return 0;
    const oldestCounted = recent[recent.length - 1]!.at;
    return Math.max(1, oldestCounted + THROTTLE_WINDOW_MS - now);
  }
}
