import "server-only";
// The session cookie. `__Host-` pins it to this host and path /, and requires Secure. Only for a
// development server reached over plain http on localhost itself (localhost, 127.0.0.1, [::1]:
// Safari, unlike Chromium and Firefox, refuses Secure cookies on http://localhost) does the cookie
// drop Secure and with it the prefix. A dev server reached by any other name (a LAN address, a
// tunnel, a staging host) keeps `__Host-…; Secure`, so the session never crosses a network in clear.
// Production always uses Secure: Chromium and Playwright accept Secure/__Host- cookies on
// http://127.0.0.1 and http://localhost, so the e2e run against a production build keeps the real
// flags.
import { ABSOLUTE_TIMEOUT_MS } from "./sessions";

export const SECURE_COOKIE_NAME = "__Host-coupons-session";
export const DEV_COOKIE_NAME = "coupons-session";

export interface SessionCookieConfig {
  name: string;
  secure: boolean;
}

const LOCALHOST_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** "localhost", "127.0.0.1" or "[::1]", with or without a port; nothing else (no 127.0.0.2, no *.localhost). */
export function isLocalhostHost(host: string): boolean {
  const match = /^(\[[^\]]*\]|[^:]*)(?::\d{1,5})?$/.exec(host.trim().toLowerCase());
  return match !== null && LOCALHOST_NAMES.has(match[1]!);
}

/** Every entry of a (possibly comma-separated) forwarded header passes the test; an absent header is fine. */
function everyEntry(header: string | null, test: (entry: string) => boolean): boolean {
  return header === null || header.split(",").every((entry) => test(entry.trim()));
}

/**
 * Secure unless all of these hold: development, plain http (x-forwarded-proto absent or "http"), and
 * the request addressed to localhost itself (Host and, if present, x-forwarded-host).
 */
export function sessionCookieConfig(
  env: string | undefined,
  forwardedProto: string | null,
  host: string | null,
  forwardedHost: string | null = null,
): SessionCookieConfig {
  const plainHttpLocalhost =
    env === "development" &&
    everyEntry(forwardedProto, (p) => p.toLowerCase() === "http") &&
    host !== null &&
    isLocalhostHost(host) &&
    everyEntry(forwardedHost, isLocalhostHost);
  const secure = !plainHttpLocalhost;
  return { name: secure ? SECURE_COOKIE_NAME : DEV_COOKIE_NAME, secure };
}

/**
 * A development server opened over plain http by another name (its "Network" address): the
 * session cookie is Secure there, so the browser drops it and sign-in would quietly fail. The login
 * page says so instead.
 */
export function signInNeedsHttps(
  env: string | undefined,
  forwardedProto: string | null,
  host: string | null,
  forwardedHost: string | null = null,
): boolean {
  const plainHttp = everyEntry(forwardedProto, (p) => p.toLowerCase() === "http");
  return env === "development" && plainHttp && sessionCookieConfig(env, forwardedProto, host, forwardedHost).secure;
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
