import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openAuthDb, type AuthDb } from "./auth-db";
import { createAuthServices, type AuthServices } from "./services";
import { addUser, disableUser, enableUser, removeUser } from "./user-admin";

let dir: string;
let db: AuthDb;
let services: AuthServices;
const PASSWORD = "violet staple cloud harbour";

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "admin-"));
  db = openAuthDb(path.join(dir, "app.db"));
  services = createAuthServices(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("user administration", () => {
  it("adds users with hashed passwords, refuses common passwords and duplicate emails, and audits", async () => {
    const cli = { id: null, email: "cli (root)" };
    const ana = await addUser(services, cli, { email: "Ana@Example.com", role: "merchant", password: PASSWORD });
    expect(ana).toMatchObject({ email: "ana@example.com", role: "merchant", disabled: false });
    expect(services.users.byId(ana.id)!.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(addUser(services, cli, { email: "bo@example.com", role: "support", password: "password1234" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { password: [expect.stringMatching(/too common/)] },
    });
    await expect(addUser(services, cli, { email: "ANA@example.com", role: "support", password: PASSWORD })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: [expect.any(String)] },
    });
    expect(services.audit.list({ limit: 10, offset: 0 }).entries).toMatchObject([{ action: "user.add", actorEmail: "cli (root)", summary: "Added merchant ana@example.com" }]);
  });

  it("on Wix a demo merchant (who can't sign in there) doesn't count as the merchant who stays", async () => {
    const cli = { id: null, email: "cli" };
    const ana = await addUser(services, cli, { email: "ana@example.com", role: "merchant", password: PASSWORD });
    const demo = services.users.create({ email: "merchant@demo.local", role: "merchant", passwordHash: "x", demo: true });
    expect(() => disableUser(services, cli, ana.id, "wix")).toThrow(/last active merchant/);
    // On the demo store it can sign in, so it does count; and removing it never strands anyone.
    expect(disableUser(services, cli, ana.id, "store").disabled).toBe(true);
    enableUser(services, cli, ana.id);
    removeUser(services, cli, demo.id, "wix");
    expect(services.users.byId(demo.id)).toBeNull();
  });

  it("keeps the dashboard usable: nobody disables or removes themselves, the last active merchant stays", async () => {
    const cli = { id: null, email: "cli" };
    const ana = await addUser(services, cli, { email: "ana@example.com", role: "merchant", password: PASSWORD });
    const bo = await addUser(services, cli, { email: "bo@example.com", role: "support", password: PASSWORD });
    const asAna = { id: ana.id, email: ana.email };
    expect(() => disableUser(services, asAna, ana.id)).toThrow(/your own account/);
    expect(() => removeUser(services, asAna, ana.id)).toThrow(/your own account/);
    expect(() => removeUser(services, cli, ana.id)).toThrow(/last active merchant/);

    const session = services.sessions.create(bo.id);
    expect(disableUser(services, asAna, bo.id).disabled).toBe(true);
    expect(services.sessions.validate(session.id)).toBeNull();
    expect(enableUser(services, asAna, bo.id).disabled).toBe(false);
    removeUser(services, asAna, bo.id);
    expect(services.users.byId(bo.id)).toBeNull();
    expect(() => disableUser(services, asAna, bo.id)).toThrow(/no longer exists/);
    expect(services.audit.list({ limit: 10, offset: 0 }).entries.map((e) => e.action)).toEqual([
      "user.remove",
      "user.enable",
      "user.disable",
      "user.add",
      "user.add",
    ]);
  });
});
