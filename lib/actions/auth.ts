"use server";
// Sign-in and sign-out. The only public actions: both work without a session by design.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { definePublicAction } from "@/lib/server/actions/define-action";
import { ActionRefusal } from "@/lib/server/actions/refusals";
import { sessionCookieOptions } from "@/lib/server/auth/cookie";
import { safeNextPath } from "@/lib/server/auth/guards";
import { authenticate } from "@/lib/server/auth/login";
import { clientIp, cookieConfig, sessionIdFromRequest } from "@/lib/server/auth/request";
import { authServices } from "@/lib/server/auth/services";

const loginInput = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(254, "That is longer than any email address."),
  password: z.string().min(1, "Enter your password.").max(1024, "That is longer than any password here."),
  next: z.string().max(2048).optional().catch(undefined),
});

function minutes(ms: number): string {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return m === 1 ? "1 minute" : `${m} minutes`;
}

export const login = definePublicAction({
  name: "login",
  input: loginInput,
  handler: async ({ email, password, next }) => {
    const outcome = await authenticate(authServices(), {
      email,
      password,
      ip: await clientIp(),
      previousSessionId: await sessionIdFromRequest(),
    });
    if (!outcome.ok && outcome.reason === "throttled") {
      throw new ActionRefusal("THROTTLED", `Too many failed sign-in attempts. Wait ${minutes(outcome.retryAfterMs)} and try again.`);
    }
    if (!outcome.ok) throw new ActionRefusal("UNAUTHENTICATED", "The email or password is incorrect.");
    const config = await cookieConfig();
    (await cookies()).set(config.name, outcome.sessionId, sessionCookieOptions(config, outcome.expiresAt));
    redirect(safeNextPath(next));
  },
});

export const logout = definePublicAction({
  name: "logout",
  input: z.unknown(),
  handler: async () => {
    const sessionId = await sessionIdFromRequest();
    if (sessionId) await authServices().sessions.revoke(sessionId);
    const config = await cookieConfig();
    (await cookies()).delete({ name: config.name, path: "/", secure: config.secure, httpOnly: true, sameSite: "lax" });
    redirect("/login");
  },
});
