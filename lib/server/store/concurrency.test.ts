// Twenty processes, each with its own connection to one store file, create the same code in
// different cases at the same moment: the database's unique index lets exactly one win.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/coupons/query/query";
import { SqliteCouponStore } from "./coupon-store";
import { openDatabase } from "./database";

/** Starts a child that creates `code` on "go"; resolves once it is ready, with its outcome to come. */
function startRacer(file: string, code: string): Promise<{ child: ChildProcess; outcome: Promise<{ ok: boolean; code?: string }> }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "lib/testing/create-coupon-process.ts", file, code],
    {
      cwd: process.cwd(),
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  let output = "";
  return new Promise((resolveReady, rejectReady) => {
    const outcome = new Promise<{ ok: boolean; code?: string }>((resolveOutcome) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.startsWith("ready\n")) resolveReady({ child, outcome });
        const last = output.trim().split("\n").pop()!;
        if (last.startsWith("{")) resolveOutcome(JSON.parse(last));
      });
    });
    child.on("error", rejectReady);
  });
}
const dir = mkdtempSync(path.join(tmpdir(), "coupon-race-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The same code, in a different mix of upper and lower case for each process. */
function casing(code: string, variant: number): string {
  return [...code].map((ch, i) => ((variant >> i) & 1 ? ch.toLowerCase() : ch.toUpperCase())).join("");
}

describe("concurrent creates", () => {
  it("20 parallel creates of one code in different cases leave exactly one coupon", async () => {
    const file = path.join(dir, "race.db");
    const store = new SqliteCouponStore(openDatabase(file));
    const racers = await Promise.all(Array.from({ length: 20 }, (_, i) => startRacer(file, casing("racecode", i))));
    // Every process has its connection open; release them together.
    for (const { child } of racers) child.stdin!.write("go\n");
    const outcomes = await Promise.all(racers.map((r) => r.outcome));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => o.code)).toEqual(Array(19).fill("ALREADY_EXISTS"));
    const found = await store.query(parseQuery({ filter: { code: { $startsWith: "RACECODE" } } }));
    expect(found.totalResults).toBe(1);
  }, 60_000);

  it("parallel creates through one connection are also serialised to one winner", async () => {
    const store = new SqliteCouponStore(openDatabase(":memory:"));
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        store.create({ name: "Race", code: casing("samecode", i), freeShipping: true, startTime: Date.now() }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(store.count()).toBe(1);
  });
});
