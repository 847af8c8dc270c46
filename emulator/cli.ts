// npm run emulator -- --port 4010 [--data <dir>|--memory] [--seed demo|none]
//                     [--latency 200|50-200] [--rate-429 0.1] [--rate-503 0.3] [--drop 0.05] [--fault-seed 1]
//                     [--no-data-items] [--deny-catalogue stores/product,events/event|*]
//                     [--catalog-version v1|v3|none] [--products-read-only]
// Serves on 127.0.0.1, over the embedded store:
//   Wix's v2 coupon endpoints and the Data Items query on Marketing/Coupons;
//   Catalog Versioning: GET /stores/v3/provision/version;
//   the catalogue reads (POST): Catalog V1 /stores/v1/products/query and /stores/v1/collections/query,
//     Catalog V3 /stores/v3/products/search, /stores/v3/products/query and
//     /categories/v1/categories/query, /bookings/v2/services/query, /events/v3/events/query,
//     /events/v3/ticket-definitions/query, /pricing-plans/v3/plans/query;
//   and, for changing the shop as a merchant would: POST /stores/v1/products,
//     PATCH and DELETE /stores/v1/products/{id} (whatever the catalog version).
// --deny-catalogue: the key lacks those apps' read permission; their reads answer 403.
// --catalog-version: the site's Stores catalogue (default v1); the other version's reads answer 428,
//   and with none both do. --products-read-only: a key with Read Products but not Manage Products.
// Faults are opt-in, by flag or by EMULATOR_* variables.
import path from "node:path";
import { intFlag, parseFlags } from "@/lib/cli/args";
import { SqliteCouponStore } from "@/lib/server/store/coupon-store";
import { openDatabase } from "@/lib/server/store/database";
import { demoCatalogue } from "@/lib/server/store/demo-catalogue";
import { seedOnFirstStart } from "@/lib/server/store/seed";
import { generateApiKey } from "./auth";
import { CATALOGUE_KEYS, type CatalogVersion } from "./codec/catalogue";
import { checkFaultOptions, faultsFromEnv, parseLatency, type FaultOptions } from "./faults";
import { createEmulator } from "./server";

function fail(message: string): never {
  console.error(`emulator: ${message}`);
  process.exit(2);
}

const flags = parseFlags(process.argv.slice(2));
const port = intFlag(flags, "port", 4010);
const seed = flags.seed === undefined ? "demo" : flags.seed;
if (seed !== "demo" && seed !== "none") fail(`--seed is demo or none, got "${String(seed)}"`);
if (flags.memory && typeof flags.data === "string") fail("choose --data <dir> or --memory, not both");
if (flags.data === true) fail("--data takes a directory");

function share(name: string): number | undefined {
  const raw = flags[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw === true || !Number.isFinite(value)) fail(`--${name} takes a share between 0 and 1, such as 0.3`);
  return value;
}

let faults: FaultOptions;
try {
  faults = {
    ...faultsFromEnv(),
    ...(typeof flags.latency === "string" ? parseLatency(flags.latency) : {}),
    ...(share("rate-429") !== undefined ? { rate429: share("rate-429") } : {}),
    ...(share("rate-503") !== undefined ? { rate503: share("rate-503") } : {}),
    ...(share("drop") !== undefined ? { dropRate: share("drop") } : {}),
    ...(flags["fault-seed"] !== undefined ? { seed: intFlag(flags, "fault-seed", 1) } : {}),
  };
} catch (error) {
  fail((error as Error).message);
}
const faultProblem = checkFaultOptions(faults);
if (faultProblem) fail(faultProblem);

function deniedCatalogues(): string[] {
  const raw = flags["deny-catalogue"];
  if (raw === undefined) return [];
  if (raw === true) fail(`--deny-catalogue takes * or a list such as stores/product,events/event (kinds: ${CATALOGUE_KEYS.join(", ")})`);
  const keys = raw
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);
  const unknown = keys.filter((k) => k !== "*" && !(CATALOGUE_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0 || keys.length === 0)
    fail(`--deny-catalogue: unknown kind "${unknown[0] ?? raw}"; the kinds are ${CATALOGUE_KEYS.join(", ")}, or *`);
  return keys;
}
const denied = deniedCatalogues();

const CATALOG_FLAGS: Record<string, CatalogVersion> = { v1: "V1_CATALOG", v3: "V3_CATALOG", none: "STORES_NOT_INSTALLED" };
const catalogFlag = flags["catalog-version"];
if (catalogFlag !== undefined && (typeof catalogFlag !== "string" || !Object.hasOwn(CATALOG_FLAGS, catalogFlag))) {
  fail(`--catalog-version is v1, v3 or none, got "${String(catalogFlag)}"`);
}
const catalogVersion = CATALOG_FLAGS[typeof catalogFlag === "string" ? catalogFlag : "v1"]!;
const productsReadOnly = Boolean(flags["products-read-only"]);

const file = flags.memory ? ":memory:" : path.resolve(typeof flags.data === "string" ? flags.data : ".data/emulator", "coupons.db");
const db = openDatabase(file);
const store = new SqliteCouponStore(db, { label: "Wix emulator" });
store.catalogue.upsert(demoCatalogue());
if (seed === "demo") seedOnFirstStart(db, store);

const apiKey = process.env.EMULATOR_API_KEY || generateApiKey();
// A key with Manage Coupons only: the Data Items query answers 403, as Wix's would.
const dataItems = !flags["no-data-items"];
const emulator = createEmulator({
  store,
  apiKey,
  faults,
  dataItems,
  deniedCatalogues: denied,
  catalogVersion,
  productsReadOnly,
  log: flags.verbose ? (line) => console.log(line) : undefined,
});

emulator.listen(port).then(
  (url) => {
    console.log(`Wix emulator on ${url}`);
    console.log(`  store:  ${file === ":memory:" ? "in memory" : file}, ${store.count()} coupons`);
    console.log(
      `  key:    ${apiKey}${process.env.EMULATOR_API_KEY ? " (from EMULATOR_API_KEY)" : " (generated; set EMULATOR_API_KEY to choose one)"}`,
    );
    console.log(`  faults: ${emulator.faults.describe()}`);
    if (!dataItems) console.log("  data items: refused with 403 (--no-data-items), like a key with Manage Coupons only");
    console.log(
      `  stores: ${catalogVersion} (--catalog-version)${productsReadOnly ? ", key with Read Products only (--products-read-only)" : ""}`,
    );
    if (denied.length > 0)
      console.log(`  catalogues refused with 403 (--deny-catalogue): ${denied.includes("*") ? "all" : denied.join(", ")}`);
    console.log(`Connect the dashboard with WIX_API_BASE_URL=${url} WIX_API_KEY=<the key> WIX_SITE_ID=<any id>`);
  },
  (error: NodeJS.ErrnoException) => fail(error.code === "EADDRINUSE" ? `port ${port} is already in use` : error.message),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void emulator.close().then(() => {
      db.close();
      process.exit(0);
    });
  });
}
