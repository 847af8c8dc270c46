// Calls a server action the way a forged request would: a POST with the Next-Action header, the
// action's id from the build's server-reference manifest, and the arguments as JSON. This is what
// an attacker can send whatever the UI shows, so it is what the role tests send.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, APIResponse } from "@playwright/test";

const manifestPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.next/server/server-reference-manifest.json");

export function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in the build (is it used by a page?)`);
  return found[0];
}

export async function forgeAction(
  request: APIRequestContext,
  baseURL: string,
  route: string,
  exportedName: string,
  args: unknown[],
  extraHeaders: Record<string, string> = {},
): Promise<{ response: APIResponse; body: string }> {
  const response = await request.post(route, {
    headers: {
      "Next-Action": actionId(exportedName),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseURL,
      ...extraHeaders,
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return { response, body: await response.text() };
}
