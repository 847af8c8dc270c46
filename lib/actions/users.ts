"use server";
// User management actions, merchants only: the wrapper checks, lib/server/users checks again.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { defineAction } from "@/lib/server/actions/define-action";
import { passwordProblem } from "@/lib/server/auth/password-policy";
import * as users from "@/lib/server/users/manage";

const userId = z.object({ id: z.string().min(1).max(100) });

function changed<T>(data: T): T {
  revalidatePath("/users");
  return data;
}

export const addUser = defineAction({
  name: "addUser",
  permission: "users:manage",
  input: z.object({
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(254)),
    role: z.enum(ROLES, { error: "Choose a role." }),
    // Checked here too (not only in the data access layer) so a bad email and a weak password are
    // reported together.
    password: z.string().superRefine((password, ctx) => {
      const problem = passwordProblem(password);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  }),
  handler: async (input) => changed(await users.addUser(input)),
});

export const disableUser = defineAction({
  name: "disableUser",
  permission: "users:manage",
  input: userId,
  handler: async ({ id }) => changed(await users.disableUser(id)),
});

export const enableUser = defineAction({
  name: "enableUser",
  permission: "users:manage",
  input: userId,
  handler: async ({ id }) => changed(await users.enableUser(id)),
});

export const removeUser = defineAction({
  name: "removeUser",
  permission: "users:manage",
  input: userId,
  handler: async ({ id }) => changed(await users.removeUser(id)),
});
