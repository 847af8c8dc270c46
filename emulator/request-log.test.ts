// The emulator's request log (an extension, not a Wix endpoint): what reached it and when, so a run
// with several app instances can count their calls together.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, TEST_API_KEY, type RunningEmulator } from "./harness";
import { REQUEST_LOG_PATH } from "./server";

let running: RunningEmulator;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(async () => running.close());

const AUTH = { Authorization: TEST_API_KEY, "wix-site-id": "site-1" };

async function log(query = "", headers: Record<string, string> = AUTH) {
  const response = await fetch(`${running.url}${REQUEST_LOG_PATH}${query}`, { headers });
  return {
    status: response.status,
    body: (await response.json()) as { requests?: { at: number; method: string; path: string; outcome: number | string }[] },
  };
}

describe("the request log", () => {
  it("lists each request with its time and outcome, not counting itself, from a given time on", async () => {
    const before = Date.now();
    await fetch(`${running.url}/stores/v2/coupons/nope`, { headers: AUTH });
    await fetch(`${running.url}/stores/v2/coupons/query`, {
      method: "POST",
      headers: { ...AUTH, "Content-Type": "application/json" },
      body: "{}",
    });
    const { status, body } = await log(`?since=${before}`);
    expect(status).toBe(200);
    expect(body.requests).toEqual([
      { at: expect.any(Number), method: "GET", path: "/stores/v2/coupons/nope", outcome: 404 },
      { at: expect.any(Number), method: "POST", path: "/stores/v2/coupons/query", outcome: 200 },
    ]);
    for (const request of body.requests!) expect(request.at).toBeGreaterThanOrEqual(before);
    expect((await log(`?since=${Date.now() + 60_000}`)).body.requests).toEqual([]);
  });

  it("needs the API key", async () => {
    expect((await log("", { "wix-site-id": "site-1" })).status).toBe(401);
  });
});
