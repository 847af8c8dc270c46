// User administration on both engines: adding, disabling, enabling and removing, with the rules
// that keep the dashboard usable, and an audit entry for each.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ENGINES, openTestAppDb, type TestAppDb } from "@/lib/testing/app-db-engines";
import { createAuthServices, type AuthServices } from "./services";
import { addUser, disableUser, enableUser, removeUser } from "./user-admin";

describe.each(ENGINES)("on %s", (engine) => {
  let db: TestAppDb;
  let services: AuthServices;
  const PASSWORD = "violet staple cloud harbour";

  beforeEach(async () => {
    db = await openTestAppDb(engine);
    services = createAuthServices(db.sql);
  });
  afterEach(async () => {
    await db.close();
  });

  describe("user administration", () => {
    it("adds users with hashed passwords, refuses common passwords and duplicate emails, and audits", async () => {
      const cli = { id: null, email: "cli (root)" };
      const ana = await addUser(services, cli, { email: "Ana@Example.com", role: "merchant", password: PASSWORD });
      expect(ana).toMatchObject({ email: "ana@example.com", role: "merchant", disabled: false });
      expect((await services.users.byId(ana.id))!.passwordHash).toMatch(/^\$argon2id\$/);
      await expect(addUser(services, cli, { email: "bo@example.com", role: "support", password: "password1234" })).rejects.toMatchObject({
        code: "INVALID",
        fieldErrors: { password: [expect.stringMatching(/too common/)] },
      });
      await expect(addUser(services, cli, { email: "ANA@example.com", role: "support", password: PASSWORD })).rejects.toMatchObject({
        code: "CONFLICT",
        fieldErrors: { email: [expect.any(String)] },
      });
      expect((await services.audit.list({ limit: 10, offset: 0 })).entries).toMatchObject([
        { action: "user.add", actorEmail: "cli (root)", summary: "Added merchant ana@example.com" },
      ]);
    });

    it("on Wix a demo merchant (who can't sign in there) doesn't count as the merchant who stays", async () => {
      const cli = { id: null, email: "cli" };
      const ana = await addUser(services, cli, { email: "ana@example.com", role: "merchant", password: PASSWORD });
      const demo = await services.users.create({ email: "merchant@demo.local", role: "merchant", passwordHash: "x", demo: true });
      await expect(disableUser(services, cli, ana.id, "wix")).rejects.toThrow(/last active merchant/);
      // On the demo store it can sign in, so it does count; and removing it never strands anyone.
      expect((await disableUser(services, cli, ana.id, "store")).disabled).toBe(true);
      await enableUser(services, cli, ana.id);
      await removeUser(services, cli, demo.id, "wix");
      expect(await services.users.byId(demo.id)).toBeNull();
    });

    it("keeps the dashboard usable: nobody disables or removes themselves, the last active merchant stays", async () => {
      const cli = { id: null, email: "cli" };
      const ana = await addUser(services, cli, { email: "ana@example.com", role: "merchant", password: PASSWORD });
      const bo = await addUser(services, cli, { email: "bo@example.com", role: "support", password: PASSWORD });
      const asAna = { id: ana.id, email: ana.email };
      await expect(disableUser(services, asAna, ana.id)).rejects.toThrow(/your own account/);
      await expect(removeUser(services, asAna, ana.id)).rejects.toThrow(/your own account/);
      await expect(removeUser(services, cli, ana.id)).rejects.toThrow(/last active merchant/);

      const session = await services.sessions.create(bo.id);
      expect((await disableUser(services, asAna, bo.id)).disabled).toBe(true);
      expect(await services.sessions.validate(session.id)).toBeNull();
      expect((await enableUser(services, asAna, bo.id)).disabled).toBe(false);
      await removeUser(services, asAna, bo.id);
      expect(await services.users.byId(bo.id)).toBeNull();
      await expect(disableUser(services, asAna, bo.id)).rejects.toThrow(/no longer exists/);
      expect((await services.audit.list({ limit: 10, offset: 0 })).entries.map((e) => e.action)).toEqual([
        "user.remove",
        "user.enable",
        "user.disable",
        "user.add",
        "user.add",
      ]);
    });
  });
});
