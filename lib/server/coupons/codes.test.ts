// The case-insensitive code lookup on the embedded store.
import { describe, expect, it } from "vitest";
import { parseSpecification } from "@/lib/coupons/domain/specification";
import { memoryStore } from "@/lib/testing/store-harness";
import { findCouponByCode, isCodeAvailable } from "./codes";

const spec = parseSpecification({
  name: "Summer",
  code: "Summer15",
  startTime: 1_750_000_000_000,
  percentOffRate: 15,
  scope: { namespace: "stores" },
});

describe("code lookup", () => {
  it("finds a code regardless of case and among codes sharing its start", async () => {
    const store = memoryStore();
    await store.create({ ...spec, code: "SUMMER150" });
    const { id } = await store.create(spec);
    expect((await findCouponByCode(store, "summer15"))?.id).toBe(id);
    expect(await isCodeAvailable(store, "SUMMER15")).toBe(false);
    expect(await isCodeAvailable(store, "SUMMER15", id)).toBe(true);
    expect(await isCodeAvailable(store, "SUMMER1")).toBe(true);
  });
});
