// Response headers (CSP with a fresh nonce, HSTS, nosniff, Referrer-Policy), the session cookie's
// flags, requests that try to skip the proxy, and what the built client bundle must never contain.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { forgeAction } from "./support/actions";
import { E2E_USERS, E2E_WIX_API_KEY } from "./support/constants";

function nonceOf(csp: string): string {
  const nonce = csp.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
  expect(nonce, csp).toBeTruthy();
  return nonce!;
}

test("pages carry a strict CSP with a fresh nonce on every response, stamped on every script", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  const csp = first.headers()["content-security-policy"]!;
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'", "'strict-dynamic'"]) {
    expect(csp).toContain(directive);
  }
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");

  const nonce = nonceOf(csp);
  expect(Buffer.from(nonce, "base64").length).toBeGreaterThanOrEqual(16);
  expect(nonceOf(second.headers()["content-security-policy"]!)).not.toBe(nonce);

  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test("security headers: HSTS (production), nosniff, Referrer-Policy, no framing", async ({ request }) => {
  for (const url of ["/login", "/api/coupons"]) {
    const headers = (await request.get(url)).headers();
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{8,}/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
  }
});

test("the session cookie is __Host-, HttpOnly, Secure, SameSite=Lax, 256 random bits, and never a value the browser brought", async ({
  page,
  context,
  baseURL,
}) => {
  // Session fixation: an id planted before login is never adopted; login issues its own.
  const planted = "A".repeat(43);
  await context.addCookies([
    {
      name: "__Host-coupons-session",
      value: planted,
      domain: new URL(baseURL!).hostname,
      path: "/",
      secure: true,
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);
  const setCookies: string[] = [];
  page.on("response", async (response) => {
    if (response.request().method() !== "POST") return;
    for (const h of await response.headersArray()) if (h.name.toLowerCase() === "set-cookie") setCookies.push(h.value);
  });
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_USERS.support.email);
  await page.getByLabel("Password").fill(E2E_USERS.support.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/coupons$/);

  const cookie = (await context.cookies()).find((c) => c.name === "__Host-coupons-session")!;
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/", domain: "127.0.0.1" });
  expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(cookie.value).not.toBe(planted);
  const header = setCookies.find((c) => c.startsWith("__Host-coupons-session="))!;
  expect(header).toMatch(/; HttpOnly/i);
  expect(header).toMatch(/; Secure/i);
  expect(header).toMatch(/; SameSite=Lax/i);
  expect(header).toMatch(/; Path=\//i);
  expect(header).not.toMatch(/; Domain=/i);
});

test("pages run under the CSP without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/login");
  // Hydrated: the client-side form handles the refusal without a full page load.
  await page.getByLabel("Email").fill("nobody@e2e.local");
  await page.getByLabel("Password").fill("not a password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a forged x-middleware-subrequest header bypasses nothing", async ({ request, baseURL }) => {
  const bypass = { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" };
  const api = await request.get("/api/coupons?limit=1", { headers: bypass });
  expect(api.status()).toBe(401);
  expect(await api.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });

  const page = await request.get("/users", { headers: bypass, maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()["location"]).toMatch(/\/login/);

  const forged = await forgeAction(
    request,
    baseURL!,
    "/users",
    "addUser",
    [{ email: "x@e2e.local", role: "merchant", password: "plum orbit lantern meadow" }],
    bypass,
  );
  expect(forged.body).toContain('"code":"UNAUTHENTICATED"');
});

test("signed out, the coupon API answers 401 JSON and a forged action is refused", async ({ request, baseURL }) => {
  const api = await request.get("/api/coupons?limit=1");
  expect(api.status()).toBe(401);
  expect(api.headers()["cache-control"]).toContain("no-store");
  const forged = await forgeAction(request, baseURL!, "/coupons", "deleteCoupon", [{ id: "anything" }]);
  expect(forged.body).toContain('"code":"UNAUTHENTICATED"');
});

test("the client bundle holds no server-only code or secrets", () => {
  const root = path.resolve(".next");
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const read = (list: string[]) => list.map((f) => ({ f, text: fs.readFileSync(f, "utf8") }));
  const client = read(files(path.join(root, "static")));
  const server = read(files(path.join(root, "server")).filter((f) => /\.(js|json)$/.test(f)));
  expect(client.length).toBeGreaterThan(0);

  const forbidden = ["better-sqlite3", "WIX_API_KEY", E2E_WIX_API_KEY, "coupons-server-only:auth-db", "@node-rs/argon2", "password_hash"];
  for (const needle of forbidden) {
    expect(
      client.filter(({ text }) => text.includes(needle)).map(({ f }) => path.relative(root, f)),
      needle,
    ).toEqual([]);
  }
  // The scan is meaningful: the server build does contain the server-only marker.
  expect(server.some(({ text }) => text.includes("coupons-server-only:auth-db"))).toBe(true);
});
