// The first-start tests' setting: on each app database engine a fresh data directory (and, for
// Postgres, a fresh database), console.info and console.warn captured, and no Wix variables, plus
// helpers to switch the backend, read a demo password and collect login log lines.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, vi } from "vitest";
import type { Dialect } from "@/lib/server/app-data/app-sql";
import { appDb } from "@/lib/server/app-data/app-db";
import { demoCredentialsPath } from "@/lib/server/auth/bootstrap";
import type { AuthLogger } from "@/lib/server/auth/login";
import { openTestAppDb, type TestAppDb } from "./app-db-engines";
import { makeTempDataDir } from "./auth-harness";
import { fakeRequest } from "./next-request-stub";

/** Registers the hooks; `logs` and `warnings` are emptied before each test. Call inside the engine's describe. */
export function bootstrapRun(engine: Dialect) {
  let temp: ReturnType<typeof makeTempDataDir>;
  let pg: TestAppDb | undefined;
  const logs: string[] = [];
  const warnings: string[] = [];
  beforeEach(async () => {
    temp = makeTempDataDir("bootstrap-");
    if (engine === "postgres") {
      pg = await openTestAppDb("postgres");
      process.env.DATABASE_URL = pg.url!;
    }
    logs.length = 0;
    warnings.length = 0;
    vi.spyOn(console, "info").mockImplementation((...args) => void logs.push(args.join(" ")));
    vi.spyOn(console, "warn").mockImplementation((...args) => void warnings.push(args.join(" ")));
    delete process.env.WIX_API_KEY;
    delete process.env.WIX_SITE_ID;
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    fakeRequest.reset();
    delete process.env.WIX_API_KEY;
    delete process.env.WIX_SITE_ID;
    if (pg) {
      await appDb().close();
      delete process.env.DATABASE_URL;
      await pg.close();
      pg = undefined;
    }
    temp.cleanup();
  });
  return { logs, warnings, dir: () => temp.dir, pgUrl: () => pg!.url! };
}

export function useWix(): void {
  process.env.WIX_API_KEY = "key";
  process.env.WIX_SITE_ID = "site";
}

export function useStore(): void {
  delete process.env.WIX_API_KEY;
  delete process.env.WIX_SITE_ID;
}

export function demoPassword(email: string): string {
  const file = readFileSync(demoCredentialsPath(), "utf8");
  return file.match(new RegExp(`${email.replace(/[.]/g, "\\.")}\\s+password: (\\S+)`))![1]!;
}

export function collect(): { log: AuthLogger; lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (level, message, fields) => lines.push(`${level} ${message} ${JSON.stringify(fields)}`) };
}
