import "server-only";
// The demo accounts of the embedded demo store, and the rule that keeps them out of a real site.
// bootstrap.ts creates them on the first start of the demo store, with passwords printed in the log
// and saved in demo-credentials.txt. If the same data directory later runs against Wix, those
// well-known accounts must not open the real site: authentication refuses a demo account (and an
// existing demo session is not honoured) whenever the active backend is Wix. The accounts are not
// touched, so another instance still on the demo store and sharing app.db keeps working.
import type { Role } from "@/lib/auth/roles";
import { chooseBackend } from "../wix/config";
import type { UserRecord } from "./users";

export const DEMO_ACCOUNTS: readonly { email: string; role: Role }[] = [
  { email: "merchant@demo.local", role: "merchant" },
  { email: "support@demo.local", role: "support" },
];

export type BackendKind = "store" | "wix";

/**
 * The backend this process serves: the same rule lib/server/backend.ts follows (a half-configured
 * Wix setup falls back to the store), read from the environment so it opens nothing.
 */
export function activeBackendKind(env: Record<string, string | undefined> = process.env): BackendKind {
  return chooseBackend(env).kind === "wix" ? "wix" : "store";
}

/** Why `user` may not sign in on this backend, or null when it may. */
export function demoAccountRefusal(user: Pick<UserRecord, "isDemo">, backend: BackendKind): string | null {
  return user.isDemo && backend === "wix" ? "demo account (made for the embedded demo store) while the backend is Wix" : null;
}
