// The coupon commands (commands.ts and bulk-commands.ts) on the embedded store: what each writes to
// the audit log, that a failed change writes nothing, and that the data access layer checks the caller.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeTempDataDir, signInAs } from "@/lib/testing/auth-harness";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);

const temp = makeTempDataDir("mutations-");
process.env.COUPON_SEED = "none";
afterAll(() => temp.cleanup());

// The single and the bulk commands, one audit log: the bulk entries are checked against the single ones.
const coupons = { ...(await import("./commands")), ...(await import("./bulk-commands")) };
const { authServices } = await import("../auth/services");
const { backend } = await import("../backend");

const spec = (code: string) => ({ name: `Coupon ${code}`, code, startTime: Date.UTC(2026, 0, 1), percentOffRate: 10, minimumSubtotal: 20 });
const audit = async (couponId?: string) => authServices().audit.list({ couponIds: couponId ? [couponId] : [], limit: 100, offset: 0 });

beforeAll(async () => {
  backend();
  await signInAs("merchant", "boss@test.local");
});

describe("audited coupon changes", () => {
  it("create records who, when and the specification", async () => {
    const { id } = await coupons.createCoupon(spec("AUD1"));
    const [entry] = (await audit(id)).entries;
    expect(entry).toMatchObject({
      action: "coupon.create",
      actorEmail: "boss@test.local",
      targetId: id,
      summary: "Created coupon AUD1 (Coupon AUD1)",
    });
    expect(entry!.at).toBeGreaterThan(Date.now() - 10_000);
    expect(entry!.details).toMatchObject({ specification: { code: "AUD1" } });
  });

  it("update records only the changed fields, before and after", async () => {
    const { id } = await coupons.createCoupon(spec("AUD2"));
    const result = await coupons.updateCoupon(id, { name: "Renamed", percentOffRate: 25, usageLimit: 5 });
    const expected = [
      { field: "name", before: "Coupon AUD2", after: "Renamed" },
      { field: "percentOffRate", before: 10, after: 25 },
      { field: "usageLimit", before: null, after: 5 },
    ];
    expect(result.changes).toEqual(expected);
    expect((await audit(id)).entries[0]).toMatchObject({ action: "coupon.update", details: { changes: expected } });
  });

  it("a failed change writes no audit entry", async () => {
    const { id } = await coupons.createCoupon(spec("AUD3"));
    const before = await authServices().audit.count();
    await expect(coupons.updateCoupon(id, { percentOffRate: 500 })).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    // The same create again is a retry: answered with the first id, and not audited twice.
    await expect(coupons.createCoupon(spec("AUD3"))).resolves.toEqual({ id, replayed: true });
    await expect(coupons.createCoupon({ ...spec("AUD3"), name: "Someone else's" })).rejects.toMatchObject({ code: "ALREADY_EXISTS" });
    await expect(coupons.deleteCoupon("no-such-id")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await authServices().audit.count()).toBe(before);
  });

  it("setActive, delete and bulk actions are recorded, and bulk entries are found by any of their coupons", async () => {
    const a = (await coupons.createCoupon(spec("BULKA"))).id;
    const b = (await coupons.createCoupon(spec("BULKB"))).id;
    await coupons.setCouponActive(a, false);
    expect((await audit(a)).entries[0]).toMatchObject({
      action: "coupon.setActive",
      details: { changes: [{ field: "active", before: true, after: false }] },
    });

    const activated = await coupons.bulkSetActive([a, b, "missing"], true);
    expect(activated.succeeded).toEqual([a, b]);
    expect(activated.failed).toEqual([{ id: "missing", message: expect.any(String) }]);
    expect(activated.codes).toEqual({ [a]: "BULKA", [b]: "BULKB" });
    // b was on already: nothing changed for it, and nothing for Undo to reverse.
    expect(activated.changed).toEqual([a]);
    expect((await audit(a)).entries[0]).toMatchObject({
      action: "coupon.bulkSetActive",
      summary: "Activated 1 coupon: BULKA",
      details: { active: true, succeeded: [a, b] },
    });
    expect((await audit(a)).entries[0]!.coupons).toEqual([{ id: a, code: "BULKA" }]);
    expect((await audit(b)).entries[0]!.action).toBe("coupon.create");

    const deactivated = await coupons.bulkSetActive([a, b], false);
    expect(deactivated.changed).toEqual([a, b]);
    expect((await audit(b)).entries[0]).toMatchObject({ summary: "Deactivated 2 coupons: BULKA and BULKB" });
    expect((await audit(b)).entries[0]!.coupons).toEqual([
      { id: a, code: "BULKA" },
      { id: b, code: "BULKB" },
    ]);

    const deleted = await coupons.bulkDelete([a, b]);
    expect(deleted.succeeded).toEqual([a, b]);
    for (const id of [a, b])
      expect((await audit(id)).entries[0]).toMatchObject({ action: "coupon.bulkDelete", summary: "Deleted 2 coupons: BULKA and BULKB" });

    const c = (await coupons.createCoupon(spec("GONE"))).id;
    await coupons.deleteCoupon(c);
    expect((await audit(c)).entries.map((e) => e.action)).toEqual(["coupon.delete", "coupon.create"]);
    expect((await audit(c)).entries[0]!.details).toMatchObject({ specification: { code: "GONE" } });
  });

  it("the log is found by code: entries that named it then, and the coupon that holds it now", async () => {
    const { readAuditLog } = await import("../audit");
    const { id } = await coupons.createCoupon(spec("OLDCODE"));
    await coupons.updateCoupon(id, { code: "NEWCODE" });
    await coupons.setCouponActive(id, false);
    const byOld = await readAuditLog({ code: "oldcode", page: 1 });
    expect(byOld.entries.map((e) => e.action)).toEqual(["coupon.update", "coupon.create"]);
    // The new code finds the whole history through the coupon that holds it.
    const byNew = await readAuditLog({ code: "NEWCODE", page: 1 });
    expect(byNew.entries.map((e) => e.action)).toEqual(["coupon.setActive", "coupon.update", "coupon.create"]);
    expect((await readAuditLog({ code: "NOSUCHCODE", page: 1 })).total).toBe(0);
  });

  it("the data access layer refuses a support user by itself, even when called directly", async () => {
    await signInAs("support", "helper@test.local");
    await expect(coupons.createCoupon(spec("SNEAK"))).rejects.toMatchObject({ name: "AccessDenied", code: "FORBIDDEN" });
    await expect(coupons.bulkDelete(["x"])).rejects.toMatchObject({ code: "FORBIDDEN" });
    await signInAs("merchant", "boss@test.local");
  });
});
