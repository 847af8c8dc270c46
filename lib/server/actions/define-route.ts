import "server-only";
// The one wrapper for GET route handlers: session and permission first (401/403 JSON, never a
// redirect), then the work. Answers are never cached: they depend on who asks.
import type { NextRequest } from "next/server";
import type { Permission, UserDTO } from "@/lib/auth/roles";
import { authorize } from "../auth/guards";
import { refusalFrom } from "./refusals";
import { ACTION_META, type ActionMeta } from "./define-action";

const STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID: 400,
  CONFLICT: 409,
  STALE: 412,
  NOT_FOUND: 404,
  THROTTLED: 429,
  UNAVAILABLE: 503,
  ERROR: 500,
} as const;
const NO_STORE = { "Cache-Control": "private, no-store" };

export type RouteHandler = ((
  request: NextRequest,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>) & {
  [ACTION_META]: ActionMeta;
};

export function defineRoute<T>(config: {
  name: string;
  permission: Permission | "signed-in";
  handler: (request: NextRequest, ctx: { user: UserDTO; params: Record<string, string | string[]> }) => Promise<T>;
}): RouteHandler {
  const handler = async (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => {
    try {
      const user = await authorize(config.permission);
      const data = await config.handler(request, { user, params: (await context?.params) ?? {} });
      return data instanceof Response ? data : Response.json(data, { headers: NO_STORE });
    } catch (error) {
      const refusal = refusalFrom(error, `route ${config.name}`);
      if (refusal.code === "UNAUTHENTICATED" || refusal.code === "FORBIDDEN") {
        console.warn(`[auth] refused route ${config.name}: ${refusal.code}`);
      }
      const { ok: _ok, ...body } = refusal;
      return Response.json({ error: body }, { status: STATUS[refusal.code], headers: NO_STORE });
    }
  };
  return Object.assign(handler, { [ACTION_META]: { name: config.name, access: config.permission } }) as RouteHandler;
}
