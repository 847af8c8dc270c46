// Imports only run down the layers: app/ (routes) → components/ (UI) → lib/ (rules, server work,
// actions). A component that imports a route folder, or a lib module that imports UI, fails here.
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const SOURCES = execSync("git ls-files '*.ts' '*.tsx' '*.mjs'", { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
const IMPORT = /(?:from|import)\s*\(?\s*["']([^"']+)["']/g;

/** The top folder an import specifier reaches, resolved against the importing file. */
function layerOf(file: string, spec: string): string | null {
  const target = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(file), spec) : null;
  return target === null ? null : target.split(/[\\/]/)[0]!;
}

function importsInto(layer: string, forbidden: string[]): string[] {
  return SOURCES.filter((file) => file.startsWith(`${layer}/`)).flatMap((file) =>
    [...readFileSync(path.join(ROOT, file), "utf8").matchAll(IMPORT)]
      .filter((match) => forbidden.includes(layerOf(file, match[1]!) ?? ""))
      .map((match) => `${file} → ${match[1]}`),
  );
}

describe("layers", () => {
  it("finds the sources it checks", () => {
    expect(SOURCES.filter((f) => f.startsWith("components/")).length).toBeGreaterThan(20);
    expect(layerOf("components/x/y.tsx", "../../app/page")).toBe("app");
  });

  it("components import nothing from the route folders", () => {
    expect(importsInto("components", ["app"])).toEqual([]);
  });

  it("lib imports neither UI nor routes", () => {
    expect(importsInto("lib", ["app", "components"])).toEqual([]);
  });

  it("every server action lives in lib/actions, not in a route folder", () => {
    const routeActions = SOURCES.filter(
      (f) => f.startsWith("app/") && /^\s*["']use server["']/m.test(readFileSync(path.join(ROOT, f), "utf8")),
    );
    expect(routeActions).toEqual([]);
  });
});
