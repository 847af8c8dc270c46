// What the coverage test calls every endpoint with, and how it sees a write: valid sample inputs
// for the actions it knows, the records they point at, and a fingerprint of both databases.
import { createHash } from "node:crypto";
import { appDb } from "@/lib/server/app-data/app-db";
import { authServices } from "@/lib/server/auth/services";
import { backend } from "@/lib/server/backend";
import { revisionOf } from "@/lib/server/coupons/revision";
import { familyStore } from "@/lib/server/families/families";

const VALID_SPEC = { name: "Ten off", code: "TENOFF", startTime: Date.UTC(2026, 0, 1), percentOffRate: 10, minimumSubtotal: 20 };
let codeSeq = 0;
/** These tests run on the embedded store (no Wix variables are set). */
export function store() {
  const local = backend().store;
  if (!local) throw new Error("coverage.test.ts expects the embedded store backend");
  return local;
}
export function freshCoupon(): string {
  return store().createSync({ ...VALID_SPEC, code: `SAMPLE${++codeSeq}` }).id;
}
export async function freshFamily(): Promise<string> {
  const code = `FAM${++codeSeq}`;
  const { code: _code, ...template } = { ...VALID_SPEC, code };
  void _code;
  return (
    await familyStore().create({
      kind: "generated",
      name: "Sample",
      prefix: `${code}-`,
      pattern: null,
      template: template as never,
      codes: [{ code: `${code}-A` }],
      createdBy: "test",
    })
  ).id;
}
async function targetUser(): Promise<string> {
  const services = authServices();
  const email = `target${++codeSeq}@test.local`;
  return (await services.users.create({ email, role: "merchant", passwordHash: "x" })).id;
}

/** Valid inputs where we know them, so a refusal can't be a validation error in disguise. Optional: unknown actions still get undefined and {}. */
export const SAMPLES: Record<string, () => unknown[] | Promise<unknown[]>> = {
  createCoupon: () => [{ specification: { ...VALID_SPEC, code: `NEW${++codeSeq}` } }],
  updateCoupon: () => [{ id: freshCoupon(), changes: { name: "Changed by an intruder" } }],
  deleteCoupon: () => [{ id: freshCoupon() }],
  setCouponActive: () => [{ id: freshCoupon(), active: false }],
  bulkSetActive: () => [{ ids: [freshCoupon(), freshCoupon()], active: false }],
  bulkDelete: () => [{ ids: [freshCoupon()] }],
  addUser: () => [{ email: `intruder${++codeSeq}@example.com`, role: "merchant", password: "violet staple cloud harbour" }],
  disableUser: async () => [{ id: await targetUser() }],
  enableUser: async () => [{ id: await targetUser() }],
  removeUser: async () => [{ id: await targetUser() }],
  startFamily: () => [
    { template: { ...VALID_SPEC, code: undefined }, pattern: { count: 2, prefix: `S${++codeSeq}-`, length: 6, alphabet: "mixed" } },
  ],
  runFamilyBatch: async () => [{ familyId: await freshFamily() }],
  startImport: () => [{ fileName: "coupons.csv", specifications: [{ ...VALID_SPEC, code: `IMPORT${++codeSeq}` }] }],
  setUsageLimit: () => {
    const id = freshCoupon();
    return [{ id, usageLimit: 77, expectedRevision: revisionOf(store().getSync(id).specification) }];
  },
};
export const inputsFor = async (name: string) => [undefined, {}, ...((await SAMPLES[name]?.()) ?? [])];

export function fingerprint(): string {
  const dump = (db: { prepare: (sql: string) => { all: () => unknown[] } }, tables: string[]) =>
    tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
  // The embedded app database (SQLite) of these tests, read synchronously.
  const app = (appDb() as unknown as { db: Parameters<typeof dump>[0] }).db;
  const state = [
    dump(store()["db" as never], ["coupons", "catalogue_items", "meta"]),
    dump(app, ["users", "audit_log", "audit_coupons", "login_failures", "meta", "code_families", "family_codes"]),
    // Validating a session may touch last_seen_at; which sessions exist is what counts.
    app.prepare("SELECT id_hash, user_id, created_at, expires_at FROM sessions ORDER BY id_hash").all(),
  ];
  return createHash("sha256").update(JSON.stringify(state)).digest("hex");
}

export async function settle(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    return await fn();
  } catch (error) {
    return { thrown: (error as { digest?: string }).digest ?? String(error) };
  }
}
