// The emulator's faults on the wire: off unless asked for, reproducible from a seed, limited to the
// requests they match, and a dropped connection.
import { describe, expect, it } from "vitest";
import { wireEmulator } from "./coupon-wire";

const { running, wix } = wireEmulator();

describe("faults", () => {
  it("are off unless asked for, reproducible from a seed, and limited to matching requests", async () => {
    const sequence = async () => {
      running().emulator.faults.set({ rate503: 0.5, seed: 42, match: /^GET / });
      const statuses = [];
      for (let i = 0; i < 12; i++) statuses.push((await wix("GET", "/stores/v2/coupons/missing")).status);
      expect((await wix("POST", "/stores/v2/coupons/query", { query: {} })).status).toBe(200);
      return statuses;
    };
    const first = await sequence();
    expect(first).toContain(503);
    expect(first).toContain(404);
    expect(await sequence()).toEqual(first);
    running().emulator.faults.set({});
  });

  it("drop the connection", async () => {
    running().emulator.faults.set({ dropRate: 1, limit: 1 });
    await expect(wix("GET", "/stores/v2/coupons/missing")).rejects.toThrow();
    expect((await wix("GET", "/stores/v2/coupons/missing")).status).toBe(404);
    running().emulator.faults.set({});
  });
});
