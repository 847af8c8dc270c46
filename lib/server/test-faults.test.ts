// The opt-in test fault: off unless COUPON_FAULT_DIR is set, then one failed save each time it is armed.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { summerSpec as spec } from "@/lib/testing/sample-specification";
import { memoryStore } from "@/lib/testing/store-harness";
import { withTestFaults } from "./test-faults";

describe("withTestFaults", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "coupon-faults-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.unstubAllEnvs());

  it("is the gateway itself unless COUPON_FAULT_DIR is set", () => {
    vi.stubEnv("COUPON_FAULT_DIR", "");
    const store = memoryStore();
    expect(withTestFaults(store)).toBe(store);
  });

  it("fails the next save once when armed", async () => {
    vi.stubEnv("COUPON_FAULT_DIR", dir);
    const store = memoryStore();
    const gateway = withTestFaults(store);
    writeFileSync(path.join(dir, "save-unavailable"), "");
    await expect(gateway.create(spec)).rejects.toMatchObject({ code: "UNAVAILABLE" });
    expect(store.count()).toBe(0);
    await expect(gateway.create(spec)).resolves.toHaveProperty("id");
    expect(gateway.label).toBe(store.label);
  });
});
