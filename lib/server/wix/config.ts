import "server-only";
// Which backend the environment asks for. WIX_API_KEY and WIX_SITE_ID together: the Wix gateway;
// neither: the embedded store. One without the other, or a base URL that isn't one, is a problem
// to state clearly at start; the app then stays up on the embedded store with a banner, because a
// half-configured Wix connection must never crash a page while it renders.
import { WIX_DEFAULT_BASE_URL } from "./gateway";

export type BackendChoice =
  | { kind: "store" }
  | { kind: "wix"; apiKey: string; siteId: string; baseUrl: string; label: string; collectionQueries: boolean }
  | { kind: "incomplete"; problem: string };

const OFF = new Set(["0", "false", "off", "no"]);

/** "Wix site ab12…", and where it really goes when that isn't Wix itself. */
export function wixLabel(siteId: string, baseUrl: string): string {
  const site = `Wix site ${siteId.slice(0, 4)}…`;
  return baseUrl === WIX_DEFAULT_BASE_URL ? site : `${site} (emulator at ${baseUrl})`;
}

export function chooseBackend(env: Record<string, string | undefined>): BackendChoice {
  const apiKey = env.WIX_API_KEY?.trim() ?? "";
  const siteId = env.WIX_SITE_ID?.trim() ?? "";
  if (!apiKey && !siteId) return { kind: "store" };
  const fallback = "The dashboard shows the local demo store until both are set (or neither).";
  if (!siteId) return { kind: "incomplete", problem: `Wix is not connected: WIX_API_KEY is set but WIX_SITE_ID is missing. ${fallback}` };
  if (!apiKey) return { kind: "incomplete", problem: `Wix is not connected: WIX_SITE_ID is set but WIX_API_KEY is missing. ${fallback}` };
  const rawBase = env.WIX_API_BASE_URL?.trim() || WIX_DEFAULT_BASE_URL;
  let baseUrl: string;
  try {
    const url = new URL(rawBase);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http");
    baseUrl = rawBase.replace(/\/+$/, "");
  } catch {
    return { kind: "incomplete", problem: `Wix is not connected: WIX_API_BASE_URL "${rawBase}" is not an http(s) URL. ${fallback}` };
  }
  const collectionQueries = !OFF.has((env.WIX_DATA_ITEMS ?? "").trim().toLowerCase());
  return { kind: "wix", apiKey, siteId, baseUrl, label: wixLabel(siteId, baseUrl), collectionQueries };
}
