// The Chromium finder's order and its failures, on fake executables in a temporary directory:
// CHROMIUM_PATH, then the system package, then (as root, with apt-get) an install; otherwise one line.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findChromium, NOT_FOUND_MESSAGE } from "./chromium.mjs";

let dir: string;
const file = (name: string, executable = true) => {
  const at = path.join(dir, name);
  writeFileSync(at, "#!/bin/sh\n");
  chmodSync(at, executable ? 0o755 : 0o644);
  return at;
};
/** A PATH that has (or lacks) an apt-get. */
const pathWith = (apt: boolean) => (apt ? path.dirname(file("bin/apt-get")) : path.join(dir, "empty"));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "chromium-finder-"));
  mkdirSync(path.join(dir, "bin"));
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;
const system = () => path.join(dir, "usr-bin-chromium");
const noApt = () => {
  throw new Error("apt-get must not run");
};

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first, even when the system has one", () => {
    const own = file("my-chromium");
    file("usr-bin-chromium");
    expect(findChromium({ env: env({ CHROMIUM_PATH: own }), systemPath: system(), bundled: false, aptGet: noApt })).toBe(own);
  });

  it("refuses a CHROMIUM_PATH that isn't an executable, in one line, without installing anything", () => {
    const notExecutable = file("chromium.txt", false);
    file("usr-bin-chromium");
    for (const wrong of [notExecutable, path.join(dir, "missing")]) {
      expect(() =>
        findChromium({ env: env({ CHROMIUM_PATH: wrong }), systemPath: system(), bundled: false, isRoot: true, aptGet: noApt }),
      ).toThrow(new RegExp(`^CHROMIUM_PATH=${wrong} is not an executable file: point it at Chromium, or unset it`));
    }
  });

  it("then Debian's /usr/bin/chromium", () => {
    const at = file("usr-bin-chromium");
    expect(findChromium({ env: env({ PATH: pathWith(true) }), systemPath: at, bundled: false, isRoot: true, aptGet: noApt })).toBe(at);
  });

  it("as root with apt-get: updates, installs chromium, and uses it", () => {
    const calls: string[][] = [];
    const aptGet = (args: string[]) => {
      calls.push(args);
      if (args[0] === "install") file("usr-bin-chromium");
      return null;
    };
    expect(findChromium({ env: env({ PATH: pathWith(true) }), systemPath: system(), bundled: false, isRoot: true, aptGet })).toBe(system());
    expect(calls).toEqual([["update"], ["install", "-y", "chromium"]]);
  });

  it("an apt-get that fails is one line saying what to install and why it didn't work", () => {
    const aptGet = (args: string[]) => (args[0] === "update" ? "exit code 100" : null);
    let message = "";
    try {
      findChromium({ env: env({ PATH: pathWith(true) }), systemPath: system(), bundled: false, isRoot: true, aptGet });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(`${NOT_FOUND_MESSAGE} (apt-get update failed: exit code 100)`);
    expect(message).not.toContain("\n");
  });

  it.each([
    ["not root", false, true],
    ["root without apt-get", true, false],
  ])("%s: no install, one line saying what to install", (_label, isRoot, apt) => {
    expect(() => findChromium({ env: env({ PATH: pathWith(apt) }), systemPath: system(), bundled: false, isRoot, aptGet: noApt })).toThrow(
      NOT_FOUND_MESSAGE,
    );
    expect(NOT_FOUND_MESSAGE).not.toContain("\n");
    expect(NOT_FOUND_MESSAGE).toMatch(/apt-get install -y chromium/);
  });
});
