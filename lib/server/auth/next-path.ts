// Where to send someone after they sign in: a path on this site, never another origin. Pure (no
// server-only) so it can be table-tested; lib/server/auth/guards.ts re-exports it.
//
// Browsers strip tab, CR and LF anywhere in a URL and trim leading/trailing C0 controls and spaces
// before parsing, so "/\t/evil.com" reaches the address bar as "//evil.com": a protocol-relative
// URL to another host. Rather than enumerate such tricks, refuse any control, format or whitespace
// character, then let the WHATWG URL parser (the one browsers use) resolve the path against a
// placeholder origin and accept it only if the origin is unchanged and the normalised path is still
// a single-slash path.

export const DEFAULT_NEXT_PATH = "/coupons";
const PLACEHOLDER_ORIGIN = "http://placeholder.invalid";
/** C0/C1 controls, format characters (zero-width, bidi), separators and any other whitespace. */
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cf}\p{Z}\s]/u;
/** A percent-encoded C0 control or DEL: harmless to a browser, but one more decoding away from a tab. */
const ENCODED_CONTROL = /%(?:[01][0-9a-f]|7f)/i;

function hasUnsafeCharacters(value: string): boolean {
  return UNSAFE_CHARACTER.test(value) || ENCODED_CONTROL.test(value);
}

function isSameSitePath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.includes("\\");
}

/** A same-site path to return to after login; anything else becomes /coupons. */
export function safeNextPath(raw: unknown): string {
  if (typeof raw !== "string" || !isSameSitePath(raw) || hasUnsafeCharacters(raw)) return DEFAULT_NEXT_PATH;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return DEFAULT_NEXT_PATH;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return DEFAULT_NEXT_PATH;
  const path = url.pathname + url.search + url.hash;
  // Dot segments can collapse "/a/..//evil.com" into "//evil.com": check what the parser made of it.
  if (!isSameSitePath(path) || hasUnsafeCharacters(path)) return DEFAULT_NEXT_PATH;
  return path.startsWith("/login") ? DEFAULT_NEXT_PATH : path;
}
