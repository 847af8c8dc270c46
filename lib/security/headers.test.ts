import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isLoopbackHost, newNonce, securityHeaders } from "./headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("Content-Security-Policy", () => {
  it("in production: nonce + strict-dynamic scripts, no unsafe-inline or unsafe-eval, no plugins, base or framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123==", dev: false, upgradeInsecure: true });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
    expect(directive(csp, "script-src")).not.toMatch(/unsafe/);
  });

  it("in development adds only 'unsafe-eval', which React's dev tooling needs", () => {
    const csp = contentSecurityPolicy({ nonce: "n", dev: true, upgradeInsecure: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("nonces are 128 random bits and fresh each time", () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const n of [...nonces].slice(0, 10)) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("security headers", () => {
  it("send HSTS only in production, and nosniff and Referrer-Policy always", () => {
    expect(securityHeaders(true)).toMatchObject({
      "Strict-Transport-Security": expect.stringMatching(/^max-age=\d+; includeSubDomains$/),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(securityHeaders(false)).not.toHaveProperty("Strict-Transport-Security");
  });

  it("recognise loopback hosts", () => {
    for (const host of ["localhost:3000", "127.0.0.1", "127.0.0.1:3101", "[::1]:3000"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["example.com", "10.0.0.1", "localhost.example.com"]) expect(isLoopbackHost(host)).toBe(false);
  });
});
