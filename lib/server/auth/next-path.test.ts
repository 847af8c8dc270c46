import { describe, expect, it } from "vitest";
import { safeNextPath as fromGuards } from "./guards";
import { safeNextPath } from "./next-path";

// What a browser would do with the redirect target: resolve it against the current page.
function resolvedOrigin(path: string): string {
  return new URL(path, "https://coupons.example").origin;
}

describe("safeNextPath", () => {
  const hostile: [string, unknown][] = [
    ["protocol-relative", "//evil.com"],
    ["protocol-relative with path", "//evil.com/coupons"],
    ["backslash", "/\\evil.com"],
    ["backslashes", "\\\\evil.com"],
    ["tab after the slash", "/\t/evil.com"],
    ["tab (decoded %09) between slashes", decodeURIComponent("/%09/evil.com")],
    ["tab as it arrives encoded, %09", "/%09/evil.com"],
    ["encoded newline", "/%0a/evil.com"],
    ["encoded NUL", "/%00/evil.com"],
    ["newline", "/\n/evil"],
    ["carriage return", "/\r/evil.com"],
    ["CRLF", "/\r\n/evil.com"],
    ["leading tab", "\t//evil.com"],
    ["leading space", " //evil.com"],
    ["trailing newline", "/coupons\n"],
    ["NUL", "/\u0000/evil.com"],
    ["vertical tab", "/\u000b/evil.com"],
    ["form feed", "/\f/evil.com"],
    ["DEL", "/\u007f/evil.com"],
    ["C1 control", "/\u0085/evil.com"],
    ["no-break space", "/\u00a0/evil.com"],
    ["zero-width space", "/\u200b/evil.com"],
    ["BOM", "/\ufeff/evil.com"],
    ["ideographic space", "/\u3000/evil.com"],
    ["dot segments collapsing to //", "/a/..//evil.com"],
    ["encoded dot segments collapsing to //", "/a/%2e%2e//evil.com"],
    ["absolute https", "https://evil.com"],
    ["absolute http", "http://evil.com/coupons"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["relative", "coupons"],
    ["empty", ""],
    ["login", "/login"],
    ["login with next", "/login?next=//evil.com"],
    ["login with encoded next", `/login?next=${encodeURIComponent("https://evil.com")}`],
    ["login via dot segments", "/./login?next=/x"],
    ["not a string", undefined],
    ["not a string (array)", ["/coupons"]],
    ["not a string (number)", 42],
  ];

  it.each(hostile)("refuses %s", (_label, raw) => {
    expect(safeNextPath(raw)).toBe("/coupons");
  });

  const accepted: [string, string][] = [
    ["/coupons", "/coupons"],
    ["/coupons?q=a&page=2#x", "/coupons?q=a&page=2#x"],
    ["/audit?coupon=abc", "/audit?coupon=abc"],
    ["/coupons/abc-123/edit", "/coupons/abc-123/edit"],
    ["/coupons?q=summer%20sale", "/coupons?q=summer%20sale"],
    ["/users", "/users"],
  ];

  it.each(accepted)("keeps %s", (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it("whatever it returns stays on this origin when a browser follows it", () => {
    const inputs = [...hostile.map(([, raw]) => raw), ...accepted.map(([raw]) => raw)];
    for (const raw of inputs) {
      const path = safeNextPath(raw);
      expect(path).toMatch(/^\/(?![/\\])/);
      // Browsers strip tab/CR/LF before parsing; the result must not change under that either.
      expect(resolvedOrigin(path.replace(/[\t\r\n]/g, ""))).toBe("https://coupons.example");
    }
  });

  it("is the function the guards use", () => {
    expect(fromGuards).toBe(safeNextPath);
  });
});
