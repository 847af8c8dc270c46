import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeRequest } from "@/lib/testing/next-request-stub";
import { ABSOLUTE_TIMEOUT_MS } from "./sessions";
import { DEV_COOKIE_NAME, SECURE_COOKIE_NAME, sessionCookieConfig, sessionCookieOptions, signInNeedsHttps } from "./cookie";
import { cookieConfig } from "./request";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);

afterEach(() => {
  vi.unstubAllEnvs();
  fakeRequest.reset();
});

describe("session cookie", () => {
  it("is __Host- and Secure in production, whatever the protocol says", () => {
    expect(sessionCookieConfig("production", null, null)).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
    expect(sessionCookieConfig("production", "http", "localhost:3000")).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
    expect(SECURE_COOKIE_NAME.startsWith("__Host-")).toBe(true);
  });

  it("drops Secure (and so the prefix) only in development over plain http", () => {
    expect(sessionCookieConfig("development", "http", "localhost:3000")).toEqual({ name: DEV_COOKIE_NAME, secure: false });
    expect(sessionCookieConfig("development", "https", "localhost:3000")).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
  });

  it("drops Secure only for localhost itself: localhost, 127.0.0.1 or [::1], with or without a port", () => {
    for (const host of ["localhost", "localhost:3000", "LOCALHOST:3000", "127.0.0.1", "127.0.0.1:3100", "[::1]", "[::1]:3000"]) {
      expect(sessionCookieConfig("development", "http", host), host).toEqual({ name: DEV_COOKIE_NAME, secure: false });
      expect(sessionCookieConfig("development", null, host), host).toEqual({ name: DEV_COOKIE_NAME, secure: false });
      expect(sessionCookieConfig("development", "http", host, "localhost:3000"), host).toEqual({ name: DEV_COOKIE_NAME, secure: false });
    }
  });

  it("keeps __Host- and Secure on a development server reached by any other name", () => {
    const otherHosts = [
      "192.168.1.20:3000",
      "10.0.0.5",
      "0.0.0.0:3000",
      "127.0.0.2:3000",
      "[::ffff:127.0.0.1]:3000",
      "[fe80::1]:3000",
      "dev.example.com",
      "localhost.example.com",
      "app.localhost:3000",
      "my-laptop.local:3000",
      "abc123.ngrok-free.app",
      "localhost:3000@evil.com",
      "",
    ];
    for (const host of otherHosts) {
      expect(sessionCookieConfig("development", "http", host), host).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
    }
    // No Host header at all.
    expect(sessionCookieConfig("development", "http", null)).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
    // Localhost behind a proxy that forwards another host name, or https.
    expect(sessionCookieConfig("development", "http", "localhost:3000", "dev.example.com")).toEqual({
      name: SECURE_COOKIE_NAME,
      secure: true,
    });
    expect(sessionCookieConfig("development", "http", "localhost:3000", "localhost:3000, dev.example.com")).toEqual({
      name: SECURE_COOKIE_NAME,
      secure: true,
    });
    expect(sessionCookieConfig("development", "https,http", "localhost:3000")).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
  });

  it("keeps __Host- and Secure outside development, even on plain-http localhost", () => {
    for (const env of ["production", "test", undefined, "staging"]) {
      expect(sessionCookieConfig(env, "http", "localhost:3000"), String(env)).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
    }
  });

  it("is HttpOnly, SameSite=Lax, Path=/, no Domain, and lives until the absolute timeout", () => {
    const options = sessionCookieOptions({ name: SECURE_COOKIE_NAME, secure: true }, Date.now() + ABSOLUTE_TIMEOUT_MS);
    expect(options).toEqual({ httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: expect.any(Number) });
    expect(options.maxAge).toBeGreaterThan(ABSOLUTE_TIMEOUT_MS / 1000 - 5);
    expect(options).not.toHaveProperty("domain");
  });

  it("is chosen from the request's own Host and forwarded headers", async () => {
    vi.stubEnv("NODE_ENV", "development");
    fakeRequest.headers.set("host", "localhost:3000");
    fakeRequest.headers.set("x-forwarded-proto", "http");
    expect(await cookieConfig()).toEqual({ name: DEV_COOKIE_NAME, secure: false });
    fakeRequest.headers.set("x-forwarded-host", "192.168.1.20:3000");
    expect(await cookieConfig()).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
    fakeRequest.reset();
    fakeRequest.headers.set("host", "192.168.1.20:3000");
    fakeRequest.headers.set("x-forwarded-proto", "http");
    expect(await cookieConfig()).toEqual({ name: SECURE_COOKIE_NAME, secure: true });
  });
});

describe("the login page's https hint", () => {
  it.each<[string, string | undefined, string | null, string, boolean]>([
    ["dev over http by a LAN address", "development", null, "192.0.2.2:3000", true],
    ["dev over http by a name", "development", "http", "shop-dev.internal:3000", true],
    ["dev over http on localhost", "development", null, "localhost:3000", false],
    ["dev over https by a LAN address", "development", "https", "192.0.2.2:3000", false],
    ["production, whatever the address", "production", null, "192.0.2.2:3000", false],
  ])("%s → %s", (_label, env, proto, host, expected) => {
    expect(signInNeedsHttps(env, proto, host)).toBe(expected);
  });
});
