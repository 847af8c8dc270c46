import { readFileSync, statSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeTempDataDir } from "@/lib/testing/auth-harness";
import { authServices } from "./services";
import { bootstrapAuth, demoCredentialsPath, generatePassword } from "./bootstrap";
import { authenticate } from "./login";
import { passwordProblem } from "./password-policy";

let temp: ReturnType<typeof makeTempDataDir>;
let logs: string[];
beforeEach(() => {
  temp = makeTempDataDir("bootstrap-");
  logs = [];
  vi.spyOn(console, "info").mockImplementation((...args) => void logs.push(args.join(" ")));
  delete process.env.WIX_API_KEY;
  delete process.env.WIX_SITE_ID;
});
afterEach(() => {
  vi.restoreAllMocks();
  temp.cleanup();
});

describe("first start", () => {
  it("on the demo store creates a merchant and a support account once, prints and saves their passwords (0600)", async () => {
    await bootstrapAuth();
    const users = authServices().users.list();
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
    for (const u of users) authServices().users.remove(u.id);
    await bootstrapAuth();
    expect(authServices().users.count()).toBe(0);
    expect(logs.at(-1)).toContain("npm run user -- add");
  });

  it("with Wix configured creates no account and says how to create the first", async () => {
    process.env.WIX_API_KEY = "key";
    process.env.WIX_SITE_ID = "site";
    await bootstrapAuth();
    expect(authServices().users.count()).toBe(0);
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
