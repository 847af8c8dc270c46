// The case-insensitive code lookup on the embedded store.
import { describe, expect, it } from "vitest";
import { summerSpec as spec } from "@/lib/testing/sample-specification";
import { memoryStore } from "@/lib/testing/store-harness";
import { findCouponByCode, isCodeAvailable } from "./codes";

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
