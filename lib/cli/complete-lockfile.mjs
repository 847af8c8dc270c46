// npm run lock:complete — run after changing dependencies.
// The registry this project installs from serves only the Linux builds of platform-specific
// optional packages (next/swc, tailwind oxide, ...), so `npm install` leaves the others out of the
// lockfile and `npm ci` then refuses it as "out of sync". This adds the missing entries with their
// os/cpu, exactly as a lockfile written against the full registry has them; npm skips them here.
import { readFileSync, writeFileSync } from "node:fs";
const file = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const pk = lock.packages;
const platform = (name) => {
  const n = name.split("/").pop();
  const os = ["darwin", "win32", "linux", "android", "freebsd", "openbsd", "sunos", "aix", "netbsd", "openharmony"].find(
    (o) => n.includes(`-${o}-`) || n.endsWith(`-${o}`),
  );
  const cpu = ["arm64", "x64", "ia32", "arm", "wasm32", "riscv64", "ppc64", "s390x", "loong64"].find((c) => n.includes(`-${c}`));
  return { os, cpu };
};
let added = 0;
for (const [path, meta] of Object.entries(pk)) {
  for (const [dep, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const nested = `${path ? path + "/" : ""}node_modules/${dep}`;
    if (pk[key] || pk[nested]) continue;
    const { os, cpu } = platform(dep);
    if (!os && !cpu) {
      console.error("cannot place", dep);
      continue;
    }
    pk[key] = { version: range.replace(/^[\^~=]/, ""), optional: true, ...(cpu ? { cpu: [cpu] } : {}), ...(os ? { os: [os] } : {}) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} platform entries`);
