// For the emulator's coupon tests on the wire: one emulator for the test file, the test key's
// headers, one call as any Wix client makes it (a string body is sent as it is, so one that isn't
// JSON can be sent), and a coupon specification with a code of its own each time.
import { afterAll, beforeAll } from "vitest";
import { startTestEmulator, TEST_API_KEY, type RunningEmulator } from "./harness";

export const DAY = 86_400_000;
export const AUTH = { Authorization: TEST_API_KEY, "wix-site-id": "site-1" };

export async function rawWix(on: RunningEmulator, method: string, path: string, body?: unknown, headers: Record<string, string> = AUTH) {
  const response = await fetch(`${on.url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Starts an emulator before the file's tests and closes it after them; `wix` calls it. */
export function wireEmulator() {
  let running: RunningEmulator | undefined;
  beforeAll(async () => {
    running = await startTestEmulator();
  });
  afterAll(async () => running!.close());
  const current = () => running!;
  const wix = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    rawWix(current(), method, path, body, headers);
  return { running: current, wix };
}

let n = 0;
/** The next number of this test file's run, for codes no other test uses. */
export const nextNumber = () => ++n;

export const spec = (overrides: Record<string, unknown> = {}) => ({
  name: "Wire",
  code: `WIRE${nextNumber()}`,
  freeShipping: true,
  startTime: String(Date.now() - DAY),
  ...overrides,
});
