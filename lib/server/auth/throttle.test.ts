// Login throttling on both engines: per account and per address, shared by instances, and held
// under concurrency (parallel requests, and two instances reserving at once).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ENGINES, openTestAppDb, type TestAppDb } from "@/lib/testing/app-db-engines";
import { authenticate, type AuthLogger } from "./login";
import { hashPassword } from "./passwords";
import { createAuthServices, type AuthServices } from "./services";
import { ACCOUNT_FAILURE_LIMIT, IP_FAILURE_LIMIT, LoginThrottle, THROTTLE_WINDOW_MS } from "./throttle";

describe.each(ENGINES)("on %s", (engine) => {
  let db: TestAppDb;
  let now: number;
  let services: AuthServices;
  const PASSWORD = "violet staple cloud harbour";

  beforeEach(async () => {
    db = await openTestAppDb(engine);
    now = Date.UTC(2026, 0, 1);
    services = createAuthServices(db.sql, () => now);
    await services.users.create({ email: "ana@example.com", role: "support", passwordHash: await hashPassword(PASSWORD) });
  });
  afterEach(async () => {
    await db.close();
  });

  function collect(): { log: AuthLogger; lines: string[] } {
    const lines: string[] = [];
    return { lines, log: (level, message, fields) => lines.push(`${level} ${message} ${JSON.stringify(fields)}`) };
  }

  describe("login throttling", () => {
    it("refuses an account after repeated failures, even with the right password, until the window passes", async () => {
      const { log } = collect();
      for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
        expect(await authenticate(services, { email: "ana@example.com", password: `wrong ${i}`, ip: `10.0.0.${i}` }, log)).toEqual({
          ok: false,
          reason: "invalid",
        });
      }
      const blocked = await authenticate(services, { email: "ana@example.com", password: PASSWORD, ip: "10.9.9.9" }, log);
      expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
      expect(blocked.ok === false && blocked.reason === "throttled" && blocked.retryAfterMs).toBeGreaterThan(0);

      now += THROTTLE_WINDOW_MS + 1;
      expect((await authenticate(services, { email: "ana@example.com", password: PASSWORD, ip: "10.9.9.9" }, log)).ok).toBe(true);
    });

    it("counts an address across accounts", async () => {
      const throttle = new LoginThrottle(db.sql, () => now);
      for (let i = 0; i < IP_FAILURE_LIMIT; i++) await throttle.recordFailure(`user${i}@example.com`, "192.0.2.7");
      expect(await throttle.check("someone-new@example.com", "192.0.2.7")).toMatchObject({ allowed: false, reason: "ip" });
      expect((await throttle.check("someone-new@example.com", "192.0.2.8")).allowed).toBe(true);
    });

    it("is shared by two instances through the app database", async () => {
      const other = new LoginThrottle(db.another(), () => now);
      for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) await other.recordFailure("ana@example.com", "10.0.0.1");
      expect((await services.throttle.check("Ana@Example.com", "10.0.0.2")).allowed).toBe(false);
    });

    it("a success clears the account's failures", async () => {
      const { log } = collect();
      for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) {
        await authenticate(services, { email: "ana@example.com", password: "nope", ip: "10.0.0.1" }, log);
      }
      expect((await authenticate(services, { email: "ana@example.com", password: PASSWORD, ip: "10.0.0.1" }, log)).ok).toBe(true);
      await authenticate(services, { email: "ana@example.com", password: "nope", ip: "10.0.0.1" }, log);
      expect((await services.throttle.check("ana@example.com", "10.0.0.1")).allowed).toBe(true);
    });
  });

  describe("login throttling under concurrency", () => {
    it("a burst of parallel wrong passwords for one account gets at most the limit verified", async () => {
      const { log, lines } = collect();
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          authenticate(services, { email: "ana@example.com", password: `wrong ${i}`, ip: `10.0.1.${i}` }, log),
        ),
      );
      const verified = outcomes.filter((o) => !o.ok && o.reason === "invalid");
      expect(verified).toHaveLength(ACCOUNT_FAILURE_LIMIT);
      expect(outcomes.filter((o) => !o.ok && o.reason === "throttled")).toHaveLength(20 - ACCOUNT_FAILURE_LIMIT);
      expect(lines.filter((l) => l.includes("login failed"))).toHaveLength(ACCOUNT_FAILURE_LIMIT);
      // And the account stays locked, even for the right password.
      expect(await authenticate(services, { email: "ana@example.com", password: PASSWORD, ip: "10.9.9.9" }, log)).toMatchObject({
        ok: false,
        reason: "throttled",
      });
    });

    it("a burst from one address across many accounts gets at most the address's limit verified", async () => {
      const { log } = collect();
      const outcomes = await Promise.all(
        Array.from({ length: IP_FAILURE_LIMIT * 2 }, (_, i) =>
          authenticate(services, { email: `user${i}@example.com`, password: "guess", ip: "192.0.2.7" }, log),
        ),
      );
      expect(outcomes.filter((o) => !o.ok && o.reason === "invalid")).toHaveLength(IP_FAILURE_LIMIT);
      expect(outcomes.filter((o) => !o.ok && o.reason === "throttled")).toHaveLength(IP_FAILURE_LIMIT);
    });

    it("two instances sharing the app database can't reserve more than the limit between them, all at once", async () => {
      const other = new LoginThrottle(db.another(), () => now);
      const reservations = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? other : services.throttle).reserve("ana@example.com", `10.0.2.${i}`)),
      );
      expect(reservations.filter((r) => r.allowed)).toHaveLength(ACCOUNT_FAILURE_LIMIT);
    });

    it("successful sign-ins don't use up the address's budget", async () => {
      const { log } = collect();
      for (let i = 0; i < IP_FAILURE_LIMIT + 5; i++) {
        expect((await authenticate(services, { email: "ana@example.com", password: PASSWORD, ip: "198.51.100.9" }, log)).ok).toBe(true);
      }
      expect((await services.throttle.check("someone@example.com", "198.51.100.9")).allowed).toBe(true);
    });
  });

  describe("login logging", () => {
    it("logs failed and successful logins with email and address, never the password", async () => {
      const { log, lines } = collect();
      await authenticate(services, { email: "ana@example.com", password: "a wrong secret value", ip: "198.51.100.4" }, log);
      await authenticate(services, { email: "nobody@example.com", password: "another secret value", ip: "198.51.100.4" }, log);
      await authenticate(services, { email: "ana@example.com", password: PASSWORD, ip: "198.51.100.4" }, log);
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^warn login failed .*ana@example\.com.*198\.51\.100\.4.*wrong password/);
      expect(lines[1]).toMatch(/^warn login failed .*unknown account/);
      expect(lines[2]).toMatch(/^info login succeeded .*ana@example\.com/);
      for (const secret of ["a wrong secret value", "another secret value", PASSWORD]) {
        expect(lines.join("\n")).not.toContain(secret);
      }
    });
  });
});
