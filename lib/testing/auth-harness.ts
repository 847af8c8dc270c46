// A throwaway data directory with app.db and the coupon store, and helpers to sign a fake request
// in as a merchant or a support user. The process-wide auth DB and backend follow COUPON_DATA_DIR,
// so call makeTempDataDir() before the code under test opens them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Role } from "@/lib/auth/roles";
import { SECURE_COOKIE_NAME } from "@/lib/server/auth/cookie";
import { hashPassword } from "@/lib/server/auth/passwords";
import { authServices } from "@/lib/server/auth/services";
import { fakeRequest } from "./next-request-stub";

export function makeTempDataDir(prefix = "coupons-test-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  process.env.COUPON_DATA_DIR = dir;
  // The backend caches itself on globalThis; start each data dir with a fresh one.
  delete (globalThis as { couponBackend?: unknown }).couponBackend;
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

let hashCache: string | undefined;

/** Creates (once) a user with the role and puts a fresh session cookie on the fake request. */
export async function signInAs(role: Role, email = `${role}@test.local`): Promise<{ userId: string; sessionId: string }> {
  const services = authServices();
  hashCache ??= await hashPassword("a test password that is long enough");
  const user = (await services.users.byEmail(email)) ?? (await services.users.create({ email, role, passwordHash: hashCache }));
  const { id } = await services.sessions.create(user.id);
  // Tests run with NODE_ENV=test over "http": the production cookie name is what matters here.
  fakeRequest.headers.set("x-forwarded-proto", "https");
  fakeRequest.cookies.set(SECURE_COOKIE_NAME, { name: SECURE_COOKIE_NAME, value: id });
  return { userId: user.id, sessionId: id };
}

export function signOut(): void {
  fakeRequest.reset();
}
