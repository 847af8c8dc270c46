import "server-only";
// User management for the users page and its actions: merchants only, checked here.
import type { Role } from "@/lib/auth/roles";
import { authorize } from "../auth/guards";
import { authServices } from "../auth/services";
import * as admin from "../auth/user-admin";

async function merchant() {
  const user = await authorize("users:manage");
  return { id: user.id, email: user.email };
}

export async function listUsers(): Promise<admin.UserSummary[]> {
  await authorize("users:manage");
  return (await authServices().users.list()).map(admin.summarise);
}

export async function addUser(input: { email: string; role: Role; password: string }) {
  return admin.addUser(authServices(), await merchant(), input);
}

export async function disableUser(id: string) {
  return admin.disableUser(authServices(), await merchant(), id);
}

export async function enableUser(id: string) {
  return admin.enableUser(authServices(), await merchant(), id);
}

export async function removeUser(id: string) {
  await admin.removeUser(authServices(), await merchant(), id);
}
