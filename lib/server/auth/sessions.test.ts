import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ENGINES, openTestAppDb, type TestAppDb } from "@/lib/testing/app-db-engines";
import { authenticate, type AuthLogger } from "./login";
import { hashPassword } from "./passwords";
import { createAuthServices, type AuthServices } from "./services";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, SESSION_ID_BYTES, hashSessionId, newSessionId, SessionStore } from "./sessions";

describe.each(ENGINES)("sessions on %s", (engine) => {
  let db: TestAppDb;
  let now: number;
  let services: AuthServices;
  const clock = () => now;
  const PASSWORD = "violet staple cloud harbour";

  beforeEach(async () => {
    db = await openTestAppDb(engine);
    now = Date.UTC(2026, 0, 1);
    services = createAuthServices(db.sql, clock);
    await services.users.create({ email: "ana@example.com", role: "merchant", passwordHash: await hashPassword(PASSWORD) });
  });
  afterEach(async () => {
    await db.close();
  });

  const silent: AuthLogger = () => {};
  const userId = async () => (await services.users.byEmail("ana@example.com"))!.id;

  describe("session ids", () => {
    it("are 256 random bits, base64url, and unique", () => {
      expect(SESSION_ID_BYTES * 8).toBeGreaterThanOrEqual(128);
      const ids = new Set(Array.from({ length: 1000 }, newSessionId));
      expect(ids.size).toBe(1000);
      for (const id of [...ids].slice(0, 20)) {
        expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(Buffer.from(id, "base64url")).toHaveLength(32);
      }
    });

    it("are stored only as a SHA-256 hash", async () => {
      const { id } = await services.sessions.create(await userId());
      const rows = await db.sql.all<Record<string, unknown>>("SELECT * FROM sessions");
      expect(rows).toHaveLength(1);
      expect(rows[0]!.id_hash).toBe(hashSessionId(id));
      expect(JSON.stringify(rows)).not.toContain(id);
    });

    it("reject unknown, malformed and empty ids", async () => {
      await services.sessions.create(await userId());
      for (const bad of [undefined, null, "", "x", newSessionId(), "a".repeat(43), "../../etc/passwd"]) {
        expect(await services.sessions.validate(bad)).toBeNull();
      }
    });
  });

  describe("expiry", () => {
    it("ends after the idle timeout without activity", async () => {
      const { id } = await services.sessions.create(await userId());
      now += IDLE_TIMEOUT_MS - 1000;
      expect(await services.sessions.validate(id)).not.toBeNull();
      now += IDLE_TIMEOUT_MS - 1000; // activity above moved last_seen forward
      expect(await services.sessions.validate(id)).not.toBeNull();
      now += IDLE_TIMEOUT_MS;
      expect(await services.sessions.validate(id)).toBeNull();
      expect(await db.sql.get("SELECT count(*) AS n FROM sessions")).toEqual({ n: 0 });
    });

    it("ends at the absolute timeout however active the user is", async () => {
      const { id } = await services.sessions.create(await userId());
      const step = IDLE_TIMEOUT_MS / 2;
      while (now + step < Date.UTC(2026, 0, 1) + ABSOLUTE_TIMEOUT_MS) {
        now += step;
        expect(await services.sessions.validate(id)).not.toBeNull();
      }
      now = Date.UTC(2026, 0, 1) + ABSOLUTE_TIMEOUT_MS;
      expect(await services.sessions.validate(id)).toBeNull();
    });
  });

  describe("login, logout and disabling", () => {
    it("issues a new session id at login and ends the one the browser had", async () => {
      const first = await authenticate(services, { email: "ana@example.com", password: PASSWORD, ip: "10.0.0.1" }, silent);
      expect(first.ok).toBe(true);
      const firstId = first.ok ? first.sessionId : "";
      const second = await authenticate(
        services,
        { email: "ANA@example.com", password: PASSWORD, ip: "10.0.0.1", previousSessionId: firstId },
        silent,
      );
      expect(second.ok && second.sessionId).not.toBe(firstId);
      expect(await services.sessions.validate(firstId)).toBeNull();
      expect((await services.sessions.validate(second.ok ? second.sessionId : ""))?.user.email).toBe("ana@example.com");
    });

    it("logout ends the session on the server", async () => {
      const { id } = await services.sessions.create(await userId());
      await services.sessions.revoke(id);
      expect(await services.sessions.validate(id)).toBeNull();
    });

    it("disabling a user ends all of their sessions, and they can't sign in", async () => {
      const a = await services.sessions.create(await userId());
      const b = await services.sessions.create(await userId());
      await services.users.disable(await userId());
      expect(await services.sessions.validate(a.id)).toBeNull();
      expect(await services.sessions.validate(b.id)).toBeNull();
      expect(await services.sessions.countForUser(await userId())).toBe(0);
      const again = await authenticate(services, { email: "ana@example.com", password: PASSWORD, ip: "10.0.0.1" }, silent);
      expect(again).toEqual({ ok: false, reason: "invalid" });
    });

    it("removing a user ends their sessions", async () => {
      const { id } = await services.sessions.create(await userId());
      await services.users.remove(await userId());
      expect(await services.sessions.validate(id)).toBeNull();
    });
  });

  describe("two app instances sharing the app database", () => {
    it("see each other's sessions, logouts and disables", async () => {
      {
        const other = new SessionStore(db.another(), { now: clock });
        const { id } = await services.sessions.create(await userId());
        expect((await other.validate(id))?.user.email).toBe("ana@example.com");
        await other.revoke(id);
        expect(await services.sessions.validate(id)).toBeNull();

        const second = await other.create(await userId());
        expect(await services.sessions.validate(second.id)).not.toBeNull();
        await services.users.disable(await userId());
        expect(await other.validate(second.id)).toBeNull();
      }
    });
  });
});
