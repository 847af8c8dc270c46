import "server-only";
// Wix's API-key authentication, as the emulator checks it: `Authorization: <key>` (the key itself,
// no "Bearer") and a `wix-site-id` header. A missing or wrong key is 401, a missing site 403.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { CouponError } from "@/lib/coupons/domain/errors";

/** A key for a run without EMULATOR_API_KEY; printed at start so a client can use it. */
export function generateApiKey(): string {
  return `emu_${randomBytes(18).toString("base64url")}`;
}

function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const header = (headers: IncomingHttpHeaders, name: string): string => {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
};

/** The error Wix would answer with, or null when the request may go on. */
export function checkAuth(headers: IncomingHttpHeaders, apiKey: string): CouponError | null {
  const given = header(headers, "authorization");
  if (!given) return new CouponError("UNAUTHENTICATED", "Missing Authorization header: send the API key as its value.");
  if (!sameKey(given, apiKey)) {
    const hint = /^bearer\s/i.test(given) ? ' Send the key itself, without "Bearer".' : "";
    return new CouponError("UNAUTHENTICATED", `The API key is not valid.${hint}`);
  }
  // Wix's "Make REST API Calls with an API Key" lists a missing wix-site-id among the causes of 403.
  if (!header(headers, "wix-site-id")) {
    return new CouponError("PERMISSION_DENIED", "Missing wix-site-id header: site-level calls with an API key need the site id.");
  }
  return null;
}
