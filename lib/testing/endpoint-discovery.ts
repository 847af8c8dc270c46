// Every server action and route handler, found by reading the code (for the coverage test): the
// modules that start with the use-server directive, the route.ts files, and what each exports.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { actionMeta } from "@/lib/server/actions/define-action";

const ROOT = path.resolve(__dirname, "../..");
const SEARCHED = ["app", "lib", "components"];
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const USE_SERVER_FIRST = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(rel);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\./.test(entry.name) ? [rel] : [];
  });
}

export type Endpoint = { file: string; name: string; fn: (...args: unknown[]) => Promise<unknown>; access: string };

/** Imports every module found; the caller has mocked next/headers and set up its data first. */
export async function discoverEndpoints() {
  const files = SEARCHED.flatMap(sourceFiles);
  const serverModules = files.filter((f) => USE_SERVER_FIRST.test(readFileSync(path.join(ROOT, f), "utf8")));
  const inlineServerFunctions = files.filter(
    (f) => !serverModules.includes(f) && /["']use server["']/.test(readFileSync(path.join(ROOT, f), "utf8").replace(/\/\/[^\n]*/g, "")),
  );
  const routeModules = files.filter((f) => /^app\/.*\/route\.(ts|tsx|js)$/.test(f.split(path.sep).join("/")));

  const endpoints: Endpoint[] = [];
  const unwrapped: string[] = [];
  for (const file of serverModules) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const meta = actionMeta(value);
      if (!meta) unwrapped.push(`${file}: ${name}`);
      else endpoints.push({ file, name, fn: value as Endpoint["fn"], access: meta.access });
    }
  }
  const routes: Endpoint[] = [];
  for (const file of routeModules) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue; // route segment config such as `dynamic`
      const meta = actionMeta(value);
      if (!HTTP_METHODS.includes(name) || !meta) unwrapped.push(`${file}: ${name}`);
      else routes.push({ file, name, fn: value as Endpoint["fn"], access: meta.access });
    }
  }
  return { serverModules, inlineServerFunctions, endpoints, routes, unwrapped };
}
