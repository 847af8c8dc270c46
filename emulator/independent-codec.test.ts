// The emulator is a second, independent reading of Wix's docs: none of its serving code may use the
// gateway's wire modules (lib/server/wix/), or a misunderstanding of the wire format would pass on
// both sides of the contract suite. Only the test harness, which builds gateways to talk to it, may.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.dirname(new URL(import.meta.url).pathname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]!);

describe("the emulator's codec", () => {
  const files = sourceFiles(root).filter((f) => path.basename(f) !== "harness.ts");

  it("finds the emulator's serving code (routes, server, codec)", () => {
    const names = files.map((f) => path.relative(root, f));
    expect(names).toEqual(expect.arrayContaining(["routes.ts", "server.ts", "codec/requests.ts", "codec/responses.ts"]));
  });

  it.each(
    sourceFiles(root)
      .filter((f) => path.basename(f) !== "harness.ts")
      .map((f) => [path.relative(root, f), f]),
  )("%s imports nothing of the gateway's wire code", (_name, file) => {
    expect(imports(file).filter((spec) => spec.startsWith("@/lib/server/wix/"))).toEqual([]);
  });
});
