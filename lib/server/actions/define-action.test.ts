import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { CouponError, codeTaken, invalidArgument } from "@/lib/coupons/domain/errors";
import { signInAs, signOut, makeTempDataDir } from "@/lib/testing/auth-harness";

vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/lib/testing/next-request-stub")).nextCache);

const { defineAction, definePublicAction, actionMeta } = await import("./define-action");
const { ActionRefusal } = await import("./action-refusal");
const { DataRefusal } = await import("../refusal");
const { redirect, notFound } = await import("next/navigation");

const temp = makeTempDataDir();
afterAll(() => temp.cleanup());
beforeEach(() => signOut());

function probe(handler = vi.fn(async (input: { name: string }) => `hello ${input.name}`)) {
  return {
    handler,
    action: defineAction({
      name: "probe",
      permission: "coupons:write",
      input: z.object({ name: z.string().min(2, "Too short.") }),
      handler,
    }),
  };
}

describe("defineAction", () => {
  it("refuses without a session before parsing or working", async () => {
    const { action, handler } = probe();
    expect(await action({ name: 1 } as never)).toEqual({ ok: false, code: "UNAUTHENTICATED", message: expect.any(String) });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a role without the permission", async () => {
    await signInAs("support");
    const { action, handler } = probe();
    expect(await action({ name: "Ana" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("parses the input with zod and returns field errors keyed by path", async () => {
    await signInAs("merchant");
    const { action, handler } = probe();
    expect(await action({ name: "A" })).toEqual({
      ok: false,
      code: "INVALID",
      message: "Check the highlighted fields.",
      fieldErrors: { name: ["Too short."] },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("runs the work with the parsed input and the user, and wraps the data", async () => {
    const { userId } = await signInAs("merchant");
    const handler = vi.fn(async (input: { name: string }, ctx: { user: { id: string } }) => `${input.name}:${ctx.user.id}`);
    const action = defineAction({ name: "probe", permission: "coupons:write", input: z.object({ name: z.string() }), handler });
    expect(await action({ name: "Ana" })).toEqual({ ok: true, data: `Ana:${userId}` });
  });

  it("reads FormData, also as the second argument (useActionState)", async () => {
    await signInAs("merchant");
    const { action } = probe();
    const form = new FormData();
    form.set("name", "Bea");
    form.set("$ACTION_ID_abc", "");
    expect(await action(form)).toEqual({ ok: true, data: "hello Bea" });
    expect(await action(null, form)).toEqual({ ok: true, data: "hello Bea" });
  });

  it("maps coupon errors: violations to field errors, a taken code to a field error on code, others to one message", async () => {
    await signInAs("merchant");
    const cases: [Error, object][] = [
      [
        invalidArgument([
          { field: "scope.group.entityId", description: "Pick a product." },
          { field: "", description: "Choose a type." },
        ]),
        { code: "INVALID", message: "Choose a type.", fieldErrors: { "scope.group.entityId": ["Pick a product."] } },
      ],
      [codeTaken("SAVE10"), { code: "CONFLICT", fieldErrors: { code: [expect.stringMatching(/already in use/)] } }],
      [new CouponError("NOT_FOUND", 'No coupon has the id "x".'), { code: "NOT_FOUND", message: 'No coupon has the id "x".' }],
      [new CouponError("UNAVAILABLE", "Wix timed out"), { code: "UNAVAILABLE", message: expect.stringMatching(/didn't answer/) }],
      [new ActionRefusal("INVALID", "You can't remove yourself."), { code: "INVALID", message: "You can't remove yourself." }],
      [
        new DataRefusal("CONFLICT", "Choose another prefix.", { "pattern.prefix": ["Choose another prefix."] }),
        { code: "CONFLICT", message: "Choose another prefix.", fieldErrors: { "pattern.prefix": ["Choose another prefix."] } },
      ],
    ];
    for (const [error, expected] of cases) {
      const action = defineAction({
        name: "fails",
        permission: "coupons:write",
        input: z.unknown(),
        handler: async () => {
          throw error;
        },
      });
      expect(await action({})).toMatchObject({ ok: false, ...expected });
    }
  });

  it("hides unexpected errors behind a reference", async () => {
    await signInAs("merchant");
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = defineAction({
      name: "boom",
      permission: "coupons:write",
      input: z.unknown(),
      handler: async () => {
        throw new Error("SQLITE_BUSY at /secret/path");
      },
    });
    const result = await action({});
    expect(result).toMatchObject({ ok: false, code: "ERROR", message: expect.stringMatching(/reference [0-9a-f]{8}/) });
    expect(JSON.stringify(result)).not.toContain("/secret/path");
    spy.mockRestore();
  });

  it("rethrows redirect() and notFound()", async () => {
    await signInAs("merchant");
    const redirecting = defineAction({
      name: "r",
      permission: "coupons:write",
      input: z.unknown(),
      handler: async () => redirect("/coupons"),
    });
    await expect(redirecting({})).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    const missing = defineAction({ name: "n", permission: "coupons:write", input: z.unknown(), handler: async () => notFound() });
    await expect(missing({})).rejects.toMatchObject({ digest: expect.stringMatching(/NEXT_HTTP_ERROR_FALLBACK;404/) });
  });

  it("labels each action with what it requires, for the coverage test", () => {
    expect(actionMeta(probe().action)).toEqual({ name: "probe", access: "coupons:write" });
    const open = definePublicAction({ name: "open", input: z.unknown(), handler: async () => 1 });
    expect(actionMeta(open)).toEqual({ name: "open", access: "public" });
    expect(actionMeta(async () => {})).toBeUndefined();
  });
});
