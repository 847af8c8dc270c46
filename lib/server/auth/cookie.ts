import "server-only";
// The session cookie. `__Host-` pins it to this host and path /, and requires Secure. Over plain
// http only in development (where Safari, unlike Chromium and Firefox, refuses Secure cookies on
// http://localhost) the cookie drops Secure and with it the prefix. Production always uses Secure:
// Chromium and Playwright accept Secure/__Host- cookies on http://127.0.0.1 and http://localhost, so
// the e2e run against a production build keeps the real flags.
import { ABSOLUTE_TIMEOUT_MS } from "./sessions";

export const SECURE_COOKIE_NAME = "__Host-coupons-session";
export const DEV_COOKIE_NAME = "coupons-session";

export interface SessionCookieConfig {
  name: string;
  secure: boolean;
}

export function sessionCookieConfig(env: string | undefined, forwardedProto: string | null): SessionCookieConfig {
  const secure = env === "production" || forwardedProto === "https";
  return { name: secure ? SECURE_COOKIE_NAME : DEV_COOKIE_NAME, secure };
}

export function sessionCookieOptions(config: SessionCookieConfig, expiresAt: number) {
  return {
    httpOnly: true,
    secure: config.secure,
    sameSite: "lax" as const,
    path: "/",
    // The browser forgets the cookie at the absolute timeout; the idle timeout is enforced server-side.
    maxAge: Math.max(0, Math.floor((expiresAt - Date.now()) / 1000)),
  };
}

export const MAX_COOKIE_AGE_SECONDS = ABSOLUTE_TIMEOUT_MS / 1000;
