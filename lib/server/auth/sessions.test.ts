import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openAuthDb, type AuthDb } from "./auth-db";
import { authenticate, type AuthLogger } from "./login";
import { hashPassword } from "./passwords";
import { createAuthServices, type AuthServices } from "./services";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, SESSION_ID_BYTES, hashSessionId, newSessionId, SessionStore } from "./sessions";

let dir: string;
let db: AuthDb;
let now: number;
let services: AuthServices;
const clock = () => now;
const PASSWORD = "violet staple cloud harbour";

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "sessions-"));
  db = openAuthDb(path.join(dir, "app.db"));
  now = Date.UTC(2026, 0, 1);
  services = createAuthServices(db, clock);
  services.users.create({ email: "ana@example.com", role: "merchant", passwordHash: await hashPassword(PASSWORD) });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const silent: AuthLogger = () => {};
const userId = () => services.users.byEmail("ana@example.com")!.id;

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

  it("are stored only as a SHA-256 hash", () => {
    const { id } = services.sessions.create(userId());
    const rows = db.prepare("SELECT * FROM sessions").all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id_hash).toBe(hashSessionId(id));
    expect(JSON.stringify(rows)).not.toContain(id);
  });

  it("reject unknown, malformed and empty ids", () => {
    services.sessions.create(userId());
    for (const bad of [undefined, null, "", "x", newSessionId(), "a".repeat(43), "../../etc/passwd"]) {
      expect(services.sessions.validate(bad)).toBeNull();
    }
  });
});

describe("expiry", () => {
  it("ends after the idle timeout without activity", () => {
    const { id } = services.sessions.create(userId());
    now += IDLE_TIMEOUT_MS - 1000;
    expect(services.sessions.validate(id)).not.toBeNull();
    now += IDLE_TIMEOUT_MS - 1000; // activity above moved last_seen forward
    expect(services.sessions.validate(id)).not.toBeNull();
    now += IDLE_TIMEOUT_MS;
    expect(services.sessions.validate(id)).toBeNull();
    expect(db.prepare("SELECT count(*) AS n FROM sessions").get()).toEqual({ n: 0 });
  });

  it("ends at the absolute timeout however active the user is", () => {
    const { id } = services.sessions.create(userId());
    const step = IDLE_TIMEOUT_MS / 2;
    while (now + step < Date.UTC(2026, 0, 1) + ABSOLUTE_TIMEOUT_MS) {
      now += step;
      expect(services.sessions.validate(id)).not.toBeNull();
    }
    now = Date.UTC(2026, 0, 1) + ABSOLUTE_TIMEOUT_MS;
    expect(services.sessions.validate(id)).toBeNull();
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
    expect(services.sessions.validate(firstId)).toBeNull();
    expect(services.sessions.validate(second.ok ? second.sessionId : "")?.user.email).toBe("ana@example.com");
  });

  it("logout ends the session on the server", () => {
    const { id } = services.sessions.create(userId());
    services.sessions.revoke(id);
    expect(services.sessions.validate(id)).toBeNull();
  });

  it("disabling a user ends all of their sessions, and they can't sign in", async () => {
    const a = services.sessions.create(userId());
    const b = services.sessions.create(userId());
    services.users.disable(userId());
    expect(services.sessions.validate(a.id)).toBeNull();
    expect(services.sessions.validate(b.id)).toBeNull();
    expect(services.sessions.countForUser(userId())).toBe(0);
    const again = await authenticate(services, { email: "ana@example.com", password: PASSWORD, ip: "10.0.0.1" }, silent);
    expect(again).toEqual({ ok: false, reason: "invalid" });
  });

  it("removing a user ends their sessions", () => {
    const { id } = services.sessions.create(userId());
    services.users.remove(userId());
    expect(services.sessions.validate(id)).toBeNull();
  });
});

describe("two app instances sharing app.db", () => {
  it("see each other's sessions, logouts and disables", () => {
    const otherDb = openAuthDb(path.join(dir, "app.db"));
    try {
      const other = new SessionStore(otherDb, { now: clock });
      const { id } = services.sessions.create(userId());
      expect(other.validate(id)?.user.email).toBe("ana@example.com");
      other.revoke(id);
      expect(services.sessions.validate(id)).toBeNull();

      const second = other.create(userId());
      expect(services.sessions.validate(second.id)).not.toBeNull();
      services.users.disable(userId());
      expect(other.validate(second.id)).toBeNull();
    } finally {
      otherDb.close();
    }
  });
});
