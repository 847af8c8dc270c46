// The first start's accounts, on the process's own app database: an app.db in a temporary data
// directory, or (DATABASE_URL) a fresh Postgres database.
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { ENGINES } from "@/lib/testing/app-db-engines";
import { bootstrapRun } from "@/lib/testing/bootstrap-harness";
import { authServices } from "./services";
import { bootstrapAuth, demoCredentialsPath, generatePassword } from "./bootstrap";
import { authenticate } from "./login";
import { passwordProblem } from "./password-policy";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);

describe.each(ENGINES)("on %s", (engine) => {
  const { logs } = bootstrapRun(engine);

  describe("first start", () => {
    it("on the demo store creates a merchant and a support account once, prints and saves their passwords (0600)", async () => {
      await bootstrapAuth();
      const users = await authServices().users.list();
      expect(users.map((u) => [u.email, u.role])).toEqual([
        ["merchant@demo.local", "merchant"],
        ["support@demo.local", "support"],
      ]);
      const file = readFileSync(demoCredentialsPath(), "utf8");
      expect(statSync(demoCredentialsPath()).mode & 0o777).toBe(0o600);
      const password = file.match(/merchant@demo\.local\s+password: (\S+)/)![1]!;
      expect(logs.join("\n")).toContain(password);
      const login = await authenticate(authServices(), { email: "merchant@demo.local", password, ip: "127.0.0.1" }, () => {});
      expect(login.ok).toBe(true);

      // A second start, even after the demo accounts were removed, creates nothing.
      for (const u of users) await authServices().users.remove(u.id);
      await bootstrapAuth();
      expect(await authServices().users.count()).toBe(0);
      expect(logs.at(-1)).toContain("npm run user -- add");
    });

    it("with Wix configured creates no account and says how to create the first", async () => {
      process.env.WIX_API_KEY = "key";
      process.env.WIX_SITE_ID = "site";
      await bootstrapAuth();
      expect(await authServices().users.count()).toBe(0);
      expect(logs.join("\n")).toMatch(/No users exist yet.*npm run user -- add you@example\.com --role merchant/);
    });

    it("generates strong passwords the policy accepts", () => {
      const passwords = Array.from({ length: 50 }, generatePassword);
      expect(new Set(passwords).size).toBe(50);
      for (const p of passwords) {
        expect(p).toMatch(/^[A-Za-z0-9]{6}(-[A-Za-z0-9]{6}){3}$/);
        expect(passwordProblem(p)).toBeNull();
      }
    });
  });
});
