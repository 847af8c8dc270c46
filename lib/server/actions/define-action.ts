import "server-only";
// The one wrapper every server action goes through: session → role → zod parse → work, and one
// result shape back. A server action is a public POST endpoint whatever the UI shows, so the checks
// live here and in the data access layer, never only in the proxy. redirect()/notFound() thrown by
// the work are rethrown for Next.js to handle.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import type { Permission, UserDTO } from "@/lib/auth/roles";
import { authorize } from "../auth/guards";
import { invalidInput, refusalFrom } from "./refusals";

/** Marks functions made by defineAction; the coverage test reads it to know what each export requires. */
export const ACTION_META = Symbol.for("coupons.server-action");

export interface ActionMeta {
  name: string;
  /** "public" only for signing in and out. */
  access: Permission | "signed-in" | "public";
}

/**
 * Callable as `action(input)`, as a form action `action(formData)`, or through useActionState
 * `action(previousState, formData)`: the last argument is the input.
 */
export type ServerAction<I, T> = ((
  ...args: [input: I | FormData] | [previous: unknown, input: I | FormData]
) => Promise<ActionResult<T>>) & {
  [ACTION_META]: ActionMeta;
};

function inputOf(args: unknown[]): unknown {
  const input = args.length >= 2 ? args[1] : args[0];
  if (input instanceof FormData) {
    return Object.fromEntries([...input.keys()].filter((k) => !k.startsWith("$ACTION")).map((k) => [k, input.get(k)]));
  }
  return input;
}

function wrap<S extends z.ZodType, T>(
  meta: ActionMeta,
  schema: S,
  run: (user: UserDTO | null, input: z.output<S>) => Promise<T>,
): ServerAction<z.input<S>, T> {
  const action = async (...args: unknown[]): Promise<ActionResult<T>> => {
    try {
      const user = meta.access === "public" ? null : await authorize(meta.access);
      const parsed = schema.safeParse(inputOf(args), { reportInput: true });
      if (!parsed.success) return invalidInput(parsed.error);
      return { ok: true, data: await run(user, parsed.data) };
    } catch (error) {
      unstable_rethrow(error);
      const refusal = refusalFrom(error, `action ${meta.name}`);
      if (meta.access !== "public" && (refusal.code === "UNAUTHENTICATED" || refusal.code === "FORBIDDEN")) {
        console.warn(`[auth] refused action ${meta.name}: ${refusal.code}`);
      }
      return refusal;
    }
  };
  return Object.assign(action, { [ACTION_META]: meta }) as ServerAction<z.input<S>, T>;
}

/** An action for signed-in users holding `permission` ("signed-in": any role). */
export function defineAction<S extends z.ZodType, T>(config: {
  name: string;
  permission: Permission | "signed-in";
  input: S;
  handler: (input: z.output<S>, ctx: { user: UserDTO }) => Promise<T>;
}): ServerAction<z.input<S>, T> {
  return wrap({ name: config.name, access: config.permission }, config.input, (user, input) => config.handler(input, { user: user! }));
}

/** An action anyone may call (sign-in, sign-out). Keep these few: the coverage test checks they write nothing without credentials. */
export function definePublicAction<S extends z.ZodType, T>(config: {
  name: string;
  input: S;
  handler: (input: z.output<S>) => Promise<T>;
}): ServerAction<z.input<S>, T> {
  return wrap({ name: config.name, access: "public" }, config.input, (_user, input) => config.handler(input));
}

export function actionMeta(value: unknown): ActionMeta | undefined {
  return typeof value === "function" ? (value as { [ACTION_META]?: ActionMeta })[ACTION_META] : undefined;
}
