import "server-only";
// First-start accounts. On the embedded demo store the first start creates one merchant and one
// support account with random passwords, prints them once and saves them to
// <data dir>/demo-credentials.txt (mode 0600), marked as demo accounts. With Wix configured none is
// created, and any left from an earlier demo-store start are refused at sign-in (see
// demo-accounts.ts); the start warns about them. Whenever there is no usable user at all, the start
// says how to create the first one.
import { randomInt } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Role } from "@/lib/auth/roles";
import { dataDirectory } from "../store/database";
import { activeBackendKind, DEMO_ACCOUNTS } from "./demo-accounts";
import { hashPassword } from "./passwords";
import type { SqlClient } from "../app-data/app-sql";
import { authServices, type AuthServices } from "./services";

export { DEMO_ACCOUNTS } from "./demo-accounts";
const DEMO_FLAG = "demo_accounts_created";
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Whether the Wix gateway is the backend: the same rule lib/server/backend.ts follows. */
export function isWixConfigured(): boolean {
  return activeBackendKind() === "wix";
}

export function demoCredentialsPath(): string {
  return path.join(dataDirectory(), "demo-credentials.txt");
}

/** 24 characters from a 56-letter alphabet, about 139 bits, in groups for reading aloud. */
export function generatePassword(): string {
  const chars = Array.from({ length: 24 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return chars.join("").match(/.{6}/g)!.join("-");
}

async function readMeta(sql: SqlClient, key: string): Promise<string | undefined> {
  return (await sql.get<{ value: string }>("SELECT value FROM meta WHERE key = ?", [key]))?.value;
}

export async function createDemoAccounts(services: AuthServices): Promise<{ email: string; role: Role; password: string }[] | null> {
  const accounts = await Promise.all(
    DEMO_ACCOUNTS.map(async (a) => {
      const password = generatePassword();
      return { ...a, password, passwordHash: await hashPassword(password), demo: true };
    }),
  );
  // One transaction: two instances starting together create the accounts once.
  const created = await services.sql.transaction(
    async (tx) => {
      if ((await readMeta(tx, DEMO_FLAG)) || (await services.users.count(tx)) > 0) return false;
      for (const a of accounts) await services.users.create(a, tx);
      await tx.run("INSERT INTO meta (key, value) VALUES (?, ?)", [DEMO_FLAG, new Date().toISOString()]);
      return true;
    },
    { lock: "demo-accounts" },
  );
  if (!created) return null;
  for (const a of accounts) {
    const user = (await services.users.byEmail(a.email))!;
    await services.audit.record({
      actor: { id: null, email: "system (first start)" },
      action: "user.add",
      targetType: "user",
      targetId: user.id,
      summary: `Added demo ${a.role} ${a.email}`,
      details: { email: a.email, role: a.role },
    });
  }
  return accounts.map(({ email, role, password }) => ({ email, role, password }));
}

export async function bootstrapAuth(services: AuthServices = authServices()): Promise<void> {
  if (!isWixConfigured() && !(await readMeta(services.sql, DEMO_FLAG))) {
    const accounts = await createDemoAccounts(services);
    if (accounts) {
      const lines = accounts.map((a) => `  ${a.role.padEnd(8)} ${a.email}  password: ${a.password}`);
      const text = ["Demo accounts for the embedded demo store (created at first start):", ...lines, ""].join("\n");
      writeFileSync(demoCredentialsPath(), text, { mode: 0o600 });
      console.info(`[auth] ${text}[auth] Saved to ${demoCredentialsPath()} (readable only by this user).`);
    }
  }
  let refusedDemoAccounts = 0;
  if (isWixConfigured()) {
    const demo = await services.users.demoAccounts();
    refusedDemoAccounts = demo.length;
    if (demo.length > 0) {
      console.warn(
        `[auth] Demo accounts from the embedded demo store exist in the app database (${demo.map((u) => u.email).join(", ")}). ` +
          "Their passwords are in demo-credentials.txt, so they are refused while the backend is Wix. " +
          "Once no instance uses the demo store any more, remove them with: npm run user -- remove <email>",
      );
    }
  }
  const users = await services.users.count();
  if (users === 0) {
    console.info("[auth] No users exist yet. Create the first merchant with: npm run user -- add you@example.com --role merchant");
  } else if (users === refusedDemoAccounts) {
    console.info(
      "[auth] No user can sign in to the Wix site yet. Create the first merchant with: npm run user -- add you@example.com --role merchant",
    );
  }
}

/** Whether the login page may point newcomers at the demo credentials file. */
export function demoAccountsHint(): boolean {
  return !isWixConfigured() && existsSync(demoCredentialsPath());
}
