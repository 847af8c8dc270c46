// Shared by playwright.config.ts and the specs.
import { DEMO_TOTAL } from "../../lib/server/store/demo-size";

/** The coupons a fresh demo store (and the emulator's demo seed) holds: generated and made elsewhere. */
export const DEMO_COUPONS = DEMO_TOTAL;

/** A fake Wix API key given to the e2e build only; the bundle scan proves it never reaches the client. */
export const E2E_WIX_API_KEY = "e2e-fake-wix-api-key-7c9d2f41b8";

/** The users the setup project creates with `npm run user -- add`. */
export const E2E_USERS = {
  merchant: { email: "e2e-merchant@e2e.local", role: "merchant", password: "plum orbit lantern meadow" },
  support: { email: "e2e-support@e2e.local", role: "support", password: "cobalt fern whistle canyon" },
  /** Locked out by the throttle test; nobody else signs in with it. */
  throttled: { email: "e2e-throttled@e2e.local", role: "support", password: "amber quartz ripple harbor" },
  /** Signs in and out in the logout test, so the shared sessions above stay valid. */
  leaver: { email: "e2e-leaver@e2e.local", role: "support", password: "saffron kettle glacier pine" },
} as const;

export type E2EUser = keyof typeof E2E_USERS;

export function e2eDataDir(): string {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error("E2E_DATA_DIR is set by playwright.config.ts");
  return dir;
}

/** The merchant's time zone on the e2e app servers: not UTC, so zone handling is really exercised. */
export const E2E_TIME_ZONE = "Europe/Berlin";
