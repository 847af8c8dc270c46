// The demo accounts' rules when the same app database runs against Wix: refused at sign-in and for
// a session, left alone for the demo store, warned about at start; on either app database engine.
import { describe, expect, it, vi } from "vitest";
import { fakeRequest } from "@/lib/testing/next-request-stub";
import { ENGINES } from "@/lib/testing/app-db-engines";
import { bootstrapRun, collect, demoPassword, useStore, useWix } from "@/lib/testing/bootstrap-harness";
import { SECURE_COOKIE_NAME } from "./cookie";
import { authServices } from "./services";
import { bootstrapAuth, demoAccountsHint } from "./bootstrap";
import { authenticate } from "./login";
import { hashPassword } from "./passwords";
import { currentUser } from "./request";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);

describe.each(ENGINES)("on %s", (engine) => {
  const { logs, warnings } = bootstrapRun(engine);

  describe("demo accounts after a switch to Wix", () => {
    it("sign in on the demo store, are refused (and logged) when the same data directory runs against Wix", async () => {
      await bootstrapAuth();
      const services = authServices();
      expect((await services.users.demoAccounts()).map((u) => u.email)).toEqual(["merchant@demo.local", "support@demo.local"]);
      const merchant = { email: "merchant@demo.local", password: demoPassword("merchant@demo.local"), ip: "127.0.0.1" };
      const support = { email: "support@demo.local", password: demoPassword("support@demo.local"), ip: "127.0.0.1" };

      // The store backend: both demo accounts work.
      expect((await authenticate(services, merchant, () => {})).ok).toBe(true);
      expect((await authenticate(services, support, () => {}, { backend: "store" })).ok).toBe(true);

      // The same app.db, now with Wix configured.
      useWix();
      const { log, lines } = collect();
      expect(await authenticate(services, merchant, log)).toEqual({ ok: false, reason: "invalid" });
      expect(await authenticate(services, support, log, { backend: "wix" })).toEqual({ ok: false, reason: "invalid" });
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^warn login refused .*merchant@demo\.local.*demo account.*backend is Wix/);
      expect(lines.join("\n")).not.toContain(merchant.password);
      // The accounts are left alone: a second instance still on the demo store can use them.
      useStore();
      expect((await authenticate(services, merchant, () => {})).ok).toBe(true);
      expect((await services.users.byEmail("merchant@demo.local"))!.disabledAt).toBeNull();
    });

    it("a real user still signs in on Wix, and the demo flag is only set for the first-start accounts", async () => {
      await bootstrapAuth();
      const services = authServices();
      const real = await services.users.create({
        email: "owner@example.com",
        role: "merchant",
        passwordHash: await hashPassword("a real owner's long password"),
      });
      expect(real.isDemo).toBe(false);
      useWix();
      expect(
        (await authenticate(services, { email: "owner@example.com", password: "a real owner's long password", ip: "127.0.0.1" }, () => {}))
          .ok,
      ).toBe(true);
    });

    it("a demo account's session is not honoured while the backend is Wix", async () => {
      await bootstrapAuth();
      const services = authServices();
      const user = (await services.users.byEmail("support@demo.local"))!;
      const { id } = await services.sessions.create(user.id);
      fakeRequest.headers.set("x-forwarded-proto", "https");
      fakeRequest.cookies.set(SECURE_COOKIE_NAME, { name: SECURE_COOKIE_NAME, value: id });
      expect(await currentUser()).toMatchObject({ email: "support@demo.local" });
      useWix();
      // currentUser is React-cached per request; outside a request each call reads afresh.
      expect(await currentUser()).toBeNull();
    });

    it("the Wix start warns that demo accounts exist and are refused, and says no one can sign in yet", async () => {
      await bootstrapAuth();
      useWix();
      await bootstrapAuth();
      expect(warnings.join("\n")).toMatch(/Demo accounts .*merchant@demo\.local, support@demo\.local.*refused while the backend is Wix/);
      expect(logs.at(-1)).toMatch(/No user can sign in to the Wix site yet.*npm run user -- add/);
      expect(demoAccountsHint()).toBe(false);
    });

    it("an operator's own user named like a demo account is not a demo account on a fresh app.db", async () => {
      useWix();
      await bootstrapAuth();
      const services = authServices();
      const user = await services.users.create({
        email: "merchant@demo.local",
        role: "merchant",
        passwordHash: await hashPassword("an operator's chosen password"),
      });
      expect(user.isDemo).toBe(false);
      expect(
        (
          await authenticate(
            services,
            { email: "merchant@demo.local", password: "an operator's chosen password", ip: "127.0.0.1" },
            () => {},
          )
        ).ok,
      ).toBe(true);
    });
  });
});
