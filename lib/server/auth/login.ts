import "server-only";
// Password sign-in: throttle reservation, constant-work password check, a fresh session. Every
// attempt is logged with the email and address (never the password), so failed and successful logins
// can be reviewed in the server log.
import { activeBackendKind, demoAccountRefusal, type BackendKind } from "./demo-accounts";
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "./passwords";
import type { AuthServices } from "./services";
import type { UserRecord } from "./users";

export type LoginOutcome =
  | { ok: true; user: UserRecord; sessionId: string; expiresAt: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export interface LoginAttempt {
  email: string;
  password: string;
  ip: string;
  previousSessionId?: string;
}

export type AuthLogger = (level: "info" | "warn", message: string, fields: Record<string, unknown>) => void;

export const consoleLogger: AuthLogger = (level, message, fields) => {
  console[level](`[auth] ${message}`, JSON.stringify(fields));
};

export interface AuthenticateOptions {
  /** The backend this process serves; by default the one the environment selects. */
  backend?: BackendKind;
}

export async function authenticate(
  services: AuthServices,
  attempt: LoginAttempt,
  log: AuthLogger = consoleLogger,
  options: AuthenticateOptions = {},
): Promise<LoginOutcome> {
  const { email, password, ip } = attempt;
  // Counts this attempt before the slow hash check, so parallel requests can't all slip under the limit.
  const verdict = await services.throttle.reserve(email, ip);
  if (!verdict.allowed) {
    log("warn", "login throttled", { email, ip, by: verdict.reason, retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000) });
    return { ok: false, reason: "throttled", retryAfterMs: verdict.retryAfterMs };
  }
  const user = await services.users.byEmail(email);
  // Verify against a dummy hash for unknown accounts, so timing doesn't tell which emails exist.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !passwordOk || user.disabledAt !== null) {
    // Already counted as a failure by reserve().
    const why = !user ? "unknown account" : !passwordOk ? "wrong password" : "account disabled";
    log("warn", "login failed", { email, ip, why });
    return { ok: false, reason: "invalid" };
  }
  // The demo store's accounts (passwords in demo-credentials.txt) never open a real Wix site.
  const refusal = demoAccountRefusal(user, options.backend ?? activeBackendKind());
  if (refusal) {
    log("warn", "login refused", { email: user.email, ip, why: refusal, fix: "create real users with: npm run user -- add" });
    return { ok: false, reason: "invalid" };
  }
  if (needsRehash(user.passwordHash)) await services.users.setPasswordHash(user.id, await hashPassword(password));
  await services.throttle.recordSuccess(email, verdict.attempt);
  await services.users.recordLogin(user.id);
  const session = await services.sessions.create(user.id, attempt.previousSessionId);
  log("info", "login succeeded", { email: user.email, ip, role: user.role });
  return { ok: true, user, sessionId: session.id, expiresAt: session.expiresAt };
}
