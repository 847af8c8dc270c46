import "server-only";
// Reads the session from the current request: pages, server actions and route handlers all go
// through here. React's cache() makes it one database read per request.
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { UserDTO } from "@/lib/auth/roles";
import { sessionCookieConfig, signInNeedsHttps, type SessionCookieConfig } from "./cookie";
import { activeBackendKind, demoAccountRefusal } from "./demo-accounts";
import { authServices } from "./services";

export async function cookieConfig(): Promise<SessionCookieConfig> {
  const h = await headers();
  return sessionCookieConfig(process.env.NODE_ENV, h.get("x-forwarded-proto"), h.get("host"), h.get("x-forwarded-host"));
}

/** Whether this request can't keep a session cookie (see signInNeedsHttps). */
export async function signInNeedsHttpsHere(): Promise<boolean> {
  const h = await headers();
  return signInNeedsHttps(process.env.NODE_ENV, h.get("x-forwarded-proto"), h.get("host"), h.get("x-forwarded-host"));
}

export async function sessionIdFromRequest(): Promise<string | undefined> {
  const [jar, config] = await Promise.all([cookies(), cookieConfig()]);
  return jar.get(config.name)?.value;
}

export const currentUser = cache(async (): Promise<UserDTO | null> => {
  const valid = await authServices().sessions.validate(await sessionIdFromRequest());
  if (!valid) return null;
  // A demo account's session (say, from an instance on the demo store sharing app.db) is no good on Wix.
  if (demoAccountRefusal(valid.user, activeBackendKind())) return null;
  const { id, email, role } = valid.user;
  return { id, email, role };
});

/**
 * The client's address for login throttling. Next.js fills x-forwarded-for with the socket address
 * only when the header is absent, so behind no proxy a client can choose it: deploy behind a reverse
 * proxy that sets it. The rightmost entry is the one added by the nearest proxy.
 */
export async function clientIp(): Promise<string> {
  const h = await headers();
  const forwarded = h
    .get("x-forwarded-for")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? h.get("x-real-ip") ?? "unknown";
}
