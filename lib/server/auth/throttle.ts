import "server-only";
// Login throttling, per account and per IP address, counted in app.db so every app instance sees
// the same counts. A sliding window: after LIMIT failures within WINDOW, further attempts are refused
// (without checking the password) until the oldest of those failures leaves the window.
//
// An attempt is counted *before* its password is checked: reserve() checks the limits and records the
// attempt as a failure in one IMMEDIATE transaction, so a burst of parallel requests (in one process
// or across instances) can't all pass the check while the slow hash verification runs. A successful
// login then takes its attempt back (see recordSuccess).
import type { AuthDb } from "./auth-db";
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
export type ThrottleReservation =
  | (ThrottleVerdict & { allowed: false })
  | { allowed: true; retryAfterMs: 0; attempt: AttemptHandle };

/** Identifies the rows a reserved attempt wrote, so a success can take them back. */
export interface AttemptHandle {
  ipRowId: number;
  ip: string;
  at: number;
}

export class LoginThrottle {
  constructor(
    private readonly db: AuthDb,
    private readonly now: () => number = Date.now,
  ) {}

  check(email: string, ip: string): ThrottleVerdict {
    const account = this.blockedFor("account", normaliseEmail(email), ACCOUNT_FAILURE_LIMIT);
    const byIp = this.blockedFor("ip", ip, IP_FAILURE_LIMIT);
    if (account === 0 && byIp === 0) return { allowed: true, retryAfterMs: 0 };
    return account >= byIp
      ? { allowed: false, retryAfterMs: account, reason: "account" }
      : { allowed: false, retryAfterMs: byIp, reason: "ip" };
  }

  /**
   * Checks the limits and, if the attempt may go ahead, counts it as a failure, atomically: the
   * password is checked only after this returns allowed. Call recordSuccess() if it turns out good.
   */
  reserve(email: string, ip: string): ThrottleReservation {
    return this.db
      .transaction((): ThrottleReservation => {
        const verdict = this.check(email, ip);
        if (!verdict.allowed) return { ...verdict, allowed: false };
        const at = this.now();
        return { allowed: true, retryAfterMs: 0, attempt: { ipRowId: this.insertFailure(email, ip, at), ip, at } };
      })
      .immediate();
  }

  /** Counts a failed attempt that wasn't reserved. */
  recordFailure(email: string, ip: string): void {
    this.db.transaction(() => void this.insertFailure(email, ip, this.now())).immediate();
  }

  /** One failure for the account and one for the address (its rowid returned); old ones pruned. Inside a transaction. */
  private insertFailure(email: string, ip: string, at: number): number {
    const insert = this.db.prepare("INSERT INTO login_failures (kind, key, at) VALUES (?, ?, ?)");
    insert.run("account", normaliseEmail(email), at);
    const ipRowId = Number(insert.run("ip", ip, at).lastInsertRowid);
    this.db.prepare("DELETE FROM login_failures WHERE at <= ?").run(at - THROTTLE_WINDOW_MS);
    return ipRowId;
  }

  /**
   * A successful login clears the account's failures (not the address's: one good password doesn't
   * vouch for the rest), and takes back the address's count for its own reserved attempt, so
   * successful sign-ins never use up an address's budget.
   */
  recordSuccess(email: string, attempt?: AttemptHandle): void {
    this.db
      .transaction(() => {
        this.db.prepare("DELETE FROM login_failures WHERE kind = 'account' AND key = ?").run(normaliseEmail(email));
        if (attempt) {
          this.db
            .prepare("DELETE FROM login_failures WHERE rowid = ? AND kind = 'ip' AND key = ? AND at = ?")
            .run(attempt.ipRowId, attempt.ip, attempt.at);
        }
      })
      .immediate();
  }

  private blockedFor(kind: Kind, key: string, limit: number): number {
    const now = this.now();
    const recent = this.db
      .prepare("SELECT at FROM login_failures WHERE kind = ? AND key = ? AND at > ? ORDER BY at DESC LIMIT ?")
      .pluck()
      .all(kind, key, now - THROTTLE_WINDOW_MS, limit) as number[];
    if (recent.length < limit) return 0;
    const oldestCounted = recent[recent.length - 1]!;
    return Math.max(1, oldestCounted + THROTTLE_WINDOW_MS - now);
  }
}
