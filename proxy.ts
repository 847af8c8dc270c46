// Next.js 16 proxy (formerly middleware): a fresh CSP nonce and the security headers on every
// response, and an optimistic redirect to /login for page requests without a session cookie. This
// is convenience only: every page, server action and route handler checks the session itself in
// the data access layer, so a request that skips the proxy (x-middleware-subrequest) gains nothing.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isLoopbackHost, newNonce, securityHeaders } from "@/lib/security/headers";

const SESSION_COOKIES = ["__Host-coupons-session", "coupons-session"];
const PUBLIC_PATHS = ["/login"];

export function proxy(request: NextRequest) {
  const production = process.env.NODE_ENV === "production";
  const nonce = newNonce();
  const csp = contentSecurityPolicy({
    nonce,
    dev: !production,
    upgradeInsecure: production && !isLoopbackHost(request.headers.get("host") ?? ""),
  });
  const { pathname, search } = request.nextUrl;

  const isPage = request.method === "GET" && !pathname.startsWith("/api/") && !request.headers.has("next-action");
  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  let response: NextResponse;
  if (isPage && !hasSessionCookie && !PUBLIC_PATHS.includes(pathname)) {
    const login = new URL("/login", request.url);
    const back = pathname + search;
    if (back !== "/" && back !== "/coupons") login.searchParams.set("next", back);
    response = NextResponse.redirect(login);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    requestHeaders.set("x-request-path", pathname + search);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders(production))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    // Everything but build assets and the favicon, which carry no data and need no nonce.
    "/((?!_next/static|_next/image|favicon.svg|favicon.ico).*)",
  ],
};
