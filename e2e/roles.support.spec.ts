// Signed in as support: reads work, nothing that changes data is offered, and a forged POST to a
// mutating action (what an attacker sends regardless of the UI) is refused and changes nothing.
import { expect, test } from "@playwright/test";
import { forgeAction } from "./support/actions";
import { DEMO_COUPONS, E2E_USERS } from "./support/constants";
import { userExists } from "./support/store";

test("support sees no mutating controls and no merchant-only sections", async ({ page }) => {
  await page.goto("/coupons");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByText("Support", { exact: true })).toBeVisible();
  // No row menus, no selection for bulk actions, no way to create or edit.
  await expect(page.getByRole("button", { name: /^Actions for / })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /^Select / })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^(New coupon|Edit)/ })).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Coupons" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  // The details drawer: copying, yes; editing or duplicating, no.
  await page.getByRole("table").getByRole("link").first().click();
  const drawer = page.getByRole("dialog");
  await expect(drawer.getByRole("button", { name: "Copy code" })).toBeVisible();
  await expect(drawer.getByRole("link", { name: /^(Edit|Duplicate)$/ })).toHaveCount(0);
  await expect(drawer.getByRole("button", { name: /^(Activate|Deactivate|Delete)/ })).toHaveCount(0);
});

test("merchant-only pages answer 403 for support, with a reason that fits each of them", async ({ page }) => {
  for (const url of ["/users", "/audit", "/coupons/new"]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    // The role's reach in words: for /coupons/new too, not a reason about users alone.
    await expect(
      page.getByText(
        "Support can find and read coupons and export them, but not create, change or delete coupons, manage users or read the audit log.",
      ),
    ).toBeVisible();
  }
});

test("support reads coupons through the API", async ({ page }) => {
  const response = await page.request.get("/api/coupons", { params: { sort: "code", size: 25 } });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.rows).toHaveLength(25);
  expect(body.total).toBeGreaterThanOrEqual(DEMO_COUPONS);
  const codes = body.rows.map((row: { code: string }) => row.code.toLowerCase());
  expect(codes).toEqual([...codes].sort());
  // The table's URL state is lenient by design: a value outside the allow-list is dropped, not an error.
  const odd = await (await page.request.get("/api/coupons?size=1000&sort=scope")).json();
  expect(odd.pageSize).toBe(25);
});

test("forged POSTs to mutating actions as support are refused and change nothing", async ({ page, baseURL }) => {
  const before = await (await page.request.get("/api/coupons?sort=code")).json();
  const coupon = before.rows[0];

  const attempts: [string, string, unknown][] = [
    ["/coupons", "deleteCoupon", { id: coupon.id }],
    ["/coupons", "setCouponActive", { id: coupon.id, active: !coupon.active }],
    ["/users", "addUser", { email: "sneaky@e2e.local", role: "merchant", password: "plum orbit lantern meadow" }],
  ];
  for (const [route, action, input] of attempts) {
    const { response, body } = await forgeAction(page.request, baseURL!, route, action, [input]);
    expect(response.status(), action).toBe(200);
    expect(body, action).toContain('"ok":false');
    expect(body, action).toContain('"code":"FORBIDDEN"');
  }

  const after = await (await page.request.get("/api/coupons?sort=code")).json();
  expect(after.total).toBe(before.total);
  expect(after.rows[0]).toEqual(coupon);
  expect(userExists("sneaky@e2e.local")).toBe(false);
  expect(userExists(E2E_USERS.support.email)).toBe(true); // the check reads the app's users
});
