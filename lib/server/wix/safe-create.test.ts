// Creates whose outcome is unknown, settled by looking the code up: every branch, including the
// race where the first, unanswered create lands after the look-up and the retry meets a 409.
import { describe, expect, it } from "vitest";
import type { Coupon } from "@/lib/coupons/domain/model";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import { WixCallFailure, type WixRequest } from "./http";
import { bulkCreateOnce, createOnce, isSameSpecification } from "./safe-create";

const REQUEST: WixRequest = { method: "POST", path: "/stores/v2/coupons", retry: "unprocessed-only" };
const lost = () => new WixCallFailure("network", 1, REQUEST);
const status = (s: number) => new WixCallFailure("http", 1, REQUEST, s, { message: `status ${s}` });

const spec: CouponSpecification = { name: "Once", code: "ONCE1", percentOffRate: 10, minimumSubtotal: 20, startTime: 1_714_521_600_000 };
const stored = (s: CouponSpecification, id = "c1"): Coupon => ({
  id,
  specification: { ...s, type: "PercentOff" },
  dateCreated: 1,
  expired: false,
  numberOfUsages: 0,
});

function deps(sends: (string | WixCallFailure)[], lookups: Coupon[][]) {
  const calls = { send: 0, find: 0 };
  return {
    calls,
    send: async () => {
      const next = sends[calls.send++]!;
      if (next instanceof WixCallFailure) throw next;
      return next;
    },
    findByCodes: async () => lookups[calls.find++] ?? [],
  };
}

describe("createOnce", () => {
  it("sends once when Wix answers", async () => {
    const d = deps(["c9"], []);
    expect(await createOnce(d, spec)).toBe("c9");
    expect(d.calls).toEqual({ send: 1, find: 0 });
  });

  it("after a lost answer, finds its own coupon and doesn't send again", async () => {
    const d = deps([lost()], [[stored(spec)]]);
    expect(await createOnce(d, spec)).toBe("c1");
    expect(d.calls).toEqual({ send: 1, find: 1 });
  });

  it("after a lost answer and nothing found, sends again", async () => {
    const d = deps([lost(), "c2"], [[]]);
    expect(await createOnce(d, spec)).toBe("c2");
    expect(d.calls).toEqual({ send: 2, find: 1 });
  });

  it("when the first create lands late and the retry meets 409, returns the first", async () => {
    const d = deps([status(503), status(409)], [[], [stored(spec, "late")]]);
    expect(await createOnce(d, spec)).toBe("late");
  });

  it("a coupon with the code but another specification means the code is taken", async () => {
    const d = deps([lost()], [[stored({ ...spec, name: "Someone else's" })]]);
    await expect(createOnce(d, spec)).rejects.toMatchObject({ code: "ALREADY_EXISTS" });
  });

  it("a plain 409 or 400 is the answer, with no look-up", async () => {
    for (const s of [409, 400]) {
      const d = deps([status(s)], []);
      await expect(createOnce(d, spec)).rejects.toMatchObject({ code: s === 409 ? "ALREADY_EXISTS" : "INVALID_ARGUMENT" });
      expect(d.calls.find).toBe(0);
    }
  });

  it("gives up UNAVAILABLE after three unanswered sends", async () => {
    const d = deps([lost(), lost(), lost()], [[], [], []]);
    await expect(createOnce(d, spec)).rejects.toMatchObject({ code: "UNAVAILABLE" });
    expect(d.calls.send).toBe(3);
  });
});

describe("isSameSpecification", () => {
  it("ignores key order, the read-only type and defaults Wix may fill in", () => {
    expect(
      isSameSpecification(spec, {
        ...stored(spec),
        specification: { ...stored(spec).specification, active: true, limitedToOneItem: false },
      }),
    ).toBe(true);
    expect(isSameSpecification({ ...spec, active: false }, stored(spec))).toBe(false);
    expect(isSameSpecification(spec, stored({ ...spec, percentOffRate: 11 }))).toBe(false);
  });
});

describe("bulkCreateOnce", () => {
  const a = { ...spec, code: "A" };
  const b = { ...spec, code: "B" };
  const c = { ...spec, code: "C" };

  it("settles each item by its code after a lost answer and resends only the missing ones", async () => {
    const sent: string[][] = [];
    const results = await bulkCreateOnce(
      {
        send: async (specs) => {
          sent.push(specs.map((s) => s.code));
          if (sent.length === 1) throw lost();
          return specs.map((s, i) => ({ originalIndex: i, success: true, id: `new-${s.code}` }));
        },
        findByCodes: async () => [stored(a, "got-A"), stored({ ...b, name: "other" }, "other-B")],
      },
      [a, b, c],
    );
    expect(sent).toEqual([["A", "B", "C"], ["C"]]);
    expect(results.map((r) => [r.originalIndex, r.success, r.id ?? r.error?.code])).toEqual([
      [0, true, "got-A"],
      [1, false, "ALREADY_EXISTS"],
      [2, true, "new-C"],
    ]);
  });
});
