// For the emulator's own tests: plain fetch calls as any Wix client makes them, with the test key.
import { TEST_API_KEY, TEST_SITE_ID, type RunningEmulator } from "./harness";

export const AUTH = { Authorization: TEST_API_KEY, "wix-site-id": TEST_SITE_ID };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WireBody = Record<string, any>;

/** One request to a running emulator; the answer's status and JSON body. */
export async function callWix(on: RunningEmulator, method: string, path: string, body?: unknown, headers: Record<string, string> = AUTH) {
  const response = await fetch(`${on.url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as WireBody };
}

/** The names (or event titles) of a list in an answer. */
export const names = (list: { name?: string; title?: string }[]) => list.map((i) => i.name ?? i.title);

/** The first field violation of a 400. */
export const violation = (body: WireBody) =>
  body.details?.validationError?.fieldViolations?.[0] as { field: string; description: string } | undefined;
