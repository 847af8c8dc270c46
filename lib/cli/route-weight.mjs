// First-load JS per page route, from the manifests of the last `next build` (Next 16 no longer
// prints it). A route's first load is the framework's main chunks plus every chunk its layouts,
// boundaries and page name in the client reference manifest. Also checks that the coupon form's
// code stays off the table's route and the table's code off the form's routes.
//
//   npm run build && npm run weigh
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

const next = path.join(process.cwd(), ".next");
if (!existsSync(path.join(next, "build-manifest.json"))) {
  console.error("No build found: run `npm run build` first.");
  process.exit(1);
}

const read = (file) => readFileSync(path.join(next, file));
const { rootMainFiles } = JSON.parse(read("build-manifest.json"));
const routes = JSON.parse(read("app-path-routes-manifest.json"));

/** Text that only one side's code contains: the form's button, the table library's API. */
const MARKERS = { form: "Generate a code", table: "getCoreRowModel" };
const FORM_ROUTES = ["/coupons/new", "/coupons/[id]/edit"];
const TABLE_ROUTES = ["/coupons"];

function routeChunks(entry) {
  const manifestFile = path.join("server", "app", `${entry}_client-reference-manifest.js`);
  if (!existsSync(path.join(next, manifestFile))) return null;
  const sandbox = { globalThis: { __RSC_MANIFEST: {} } };
  vm.runInNewContext(read(manifestFile).toString(), sandbox);
  const manifest = Object.values(sandbox.globalThis.__RSC_MANIFEST)[0];
  return [...new Set([...rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])];
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = [];
const contents = new Map();
for (const [entry, route] of Object.entries(routes)) {
  if (!entry.endsWith("/page") || route.startsWith("/_")) continue;
  const chunks = routeChunks(entry);
  if (!chunks) continue;
  let raw = 0;
  let gzip = 0;
  let text = "";
  for (const chunk of chunks) {
    const bytes = read(chunk);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    text += bytes.toString();
  }
  contents.set(route, text);
  rows.push({ route, chunks: chunks.length, raw: kb(raw), gzip: kb(gzip) });
}
console.log("First-load JS per route (minified; gzip -9):");
console.table(rows);

const leaks = [
  ...FORM_ROUTES.filter((route) => contents.get(route)?.includes(MARKERS.table)).map(
    (route) => `${route} ships table code (${MARKERS.table}).`,
  ),
  ...TABLE_ROUTES.filter((route) => contents.get(route)?.includes(MARKERS.form)).map(
    (route) => `${route} ships form code (${MARKERS.form}).`,
  ),
];
if (leaks.length) {
  for (const leak of leaks) console.error(leak);
  process.exit(1);
}
console.log("The form's routes ship no table code, and the table's route ships no form code.");
