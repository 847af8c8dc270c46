// bench:web's servers: running a command, starting `next start` on a free port until it answers,
// and building the bare Next.js page it compares /coupons with.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export const ROOT = process.cwd();
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
/** The servers started; bench:web stops them when it is done or fails. */
export const children: ChildProcess[] = [];

export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; quiet?: boolean } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      stdio: options.quiet ? "ignore" : "inherit",
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export async function start(cwd: string, env: Record<string, string>, probe: string): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(base + probe)).ok) return base;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server in ${cwd} did not start`);
}

/** A minimal App Router page, built with the same Next.js in a throwaway directory outside the repo. */
export async function buildBareApp(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-bare-"));
  mkdirSync(path.join(dir, "app"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bench-bare", private: true }));
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    'export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  );
  writeFileSync(path.join(dir, "app", "page.jsx"), "export default function Page() {\n  return <h1>Hello, world</h1>;\n}\n");
  // The INP floor: the smallest interaction a Next.js page can have, a click that re-renders a
  // counter. On its own route, so "/" stays the bare first-load JS.
  mkdirSync(path.join(dir, "app", "click"));
  writeFileSync(
    path.join(dir, "app", "click", "counter.jsx"),
    '"use client";\nimport { useState } from "react";\nexport function Counter() {\n  const [n, setN] = useState(0);\n  return <button onClick={() => setN(n + 1)}>{`Clicked ${n}`}</button>;\n}\n',
  );
  writeFileSync(
    path.join(dir, "app", "click", "page.jsx"),
    'import { Counter } from "./counter";\nexport default function Page() {\n  return <Counter />;\n}\n',
  );
  // node_modules is the repo's (symlinked), so Turbopack's root must contain both directories.
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(path.parse(dir).root)} } };\n`);
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  await run(process.execPath, [NEXT_BIN, "build"], { cwd: dir, quiet: true, env: { NEXT_TELEMETRY_DISABLED: "1" } });
  return dir;
}
