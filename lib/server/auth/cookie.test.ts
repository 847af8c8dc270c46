import { describe, expect, it } from "vitest";
import { ABSOLUTE_TIMEOUT_MS } from "./sessions";
import { DEV_COOKIE_NAME, SECURE_COOKIE_NAME, sessionCookieConfig, sessionCookieOptions } from "./cookie";

describe("session cookie", () => {
  it("is __Host- and Secure in production, whatever the protocol says", () => {
    expect(sessionCookieConfig("production", null)).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
    expect(sessionCookieConfig("production", "http")).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
    expect(SECURE_COOKIE_NAME.startsWith("__Host-")).toBe(true);
  });

  it("drops Secure (and so the prefix) only in development over plain http", () => {
    expect(sessionCookieConfig("development", "http")).toEqual({ name: DEV_COOKIE_NAME, secure: false });
    expect(sessionCookieConfig("development", "https")).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
  });

  it("is HttpOnly, SameSite=Lax, Path=/, no Domain, and lives until the absolute timeout", () => {
    const options = sessionCookieOptions({ name: SECURE_COOKIE_NAME, secure: true }, Date.now() + ABSOLUTE_TIMEOUT_MS);
    expect(options).toEqual({ httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: expect.any(Number) });
    expect(options.maxAge).toBeGreaterThan(ABSOLUTE_TIMEOUT_MS / 1000 - 5);
    expect(options).not.toHaveProperty("domain");
  });
});
