import "server-only";
// Adding, disabling, enabling and removing users, with the rules that keep the dashboard usable:
// passwords follow the policy, nobody disables or removes themselves, and the last active merchant
// stays. Every change is audited. Used by the users page (through lib/server/users) and the CLI.
import type { Role } from "@/lib/auth/roles";
import { DataRefusal } from "../refusal";
import type { AuditActor } from "./audit-log";
import { activeBackendKind, demoAccountRefusal, type BackendKind } from "./demo-accounts";
import { passwordProblem } from "./password-policy";
import { hashPassword } from "./passwords";
import type { AuthServices } from "./services";
import { EmailTakenError, type UserRecord } from "./users";

export interface UserSummary {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: number;
  lastLoginAt: number | null;
}

export function summarise(user: UserRecord): UserSummary {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
  };
}

export async function addUser(
  services: AuthServices,
  actor: AuditActor,
  input: { email: string; role: Role; password: string },
): Promise<UserSummary> {
  const problem = passwordProblem(input.password, { email: input.email });
  if (problem) throw new DataRefusal("INVALID", "Choose a different password.", { password: [problem] });
  let user: UserRecord;
  try {
    user = await services.users.create({ email: input.email, role: input.role, passwordHash: await hashPassword(input.password) });
  } catch (error) {
    if (error instanceof EmailTakenError) {
      throw new DataRefusal("CONFLICT", error.message, { email: ["A user with this email already exists."] });
    }
    throw error;
  }
  await services.audit.record({
    actor,
    action: "user.add",
    targetType: "user",
    targetId: user.id,
    summary: `Added ${user.role} ${user.email}`,
    details: { email: user.email, role: user.role },
  });
  return summarise(user);
}

/** A merchant who can sign in here: on Wix the demo accounts can't, so they don't count. */
const canSignIn = (user: UserRecord, backend: BackendKind) => demoAccountRefusal(user, backend) === null;

async function target(services: AuthServices, actor: AuditActor, id: string, verb: string, backend: BackendKind): Promise<UserRecord> {
  const user = await services.users.byId(id);
  if (!user) throw new DataRefusal("NOT_FOUND", "This user no longer exists.");
  if (actor.id !== null && user.id === actor.id) throw new DataRefusal("INVALID", `You can't ${verb} your own account.`);
  const others = (await services.users.activeMerchants()).filter((m) => m.id !== user.id && canSignIn(m, backend));
  if (user.role === "merchant" && user.disabledAt === null && canSignIn(user, backend) && others.length === 0) {
    throw new DataRefusal("INVALID", `You can't ${verb} the last active merchant: add another merchant first.`);
  }
  return user;
}

export async function disableUser(
  services: AuthServices,
  actor: AuditActor,
  id: string,
  backend = activeBackendKind(),
): Promise<UserSummary> {
  const user = await target(services, actor, id, "disable", backend);
  await services.users.disable(user.id);
  await services.audit.record({
    actor,
    action: "user.disable",
    targetType: "user",
    targetId: user.id,
    summary: `Disabled ${user.email}; their sessions ended`,
  });
  return summarise((await services.users.byId(user.id))!);
}

export async function enableUser(services: AuthServices, actor: AuditActor, id: string): Promise<UserSummary> {
  const user = await services.users.byId(id);
  if (!user) throw new DataRefusal("NOT_FOUND", "This user no longer exists.");
  await services.users.enable(user.id);
  await services.audit.record({ actor, action: "user.enable", targetType: "user", targetId: user.id, summary: `Enabled ${user.email}` });
  return summarise((await services.users.byId(user.id))!);
}

export async function removeUser(services: AuthServices, actor: AuditActor, id: string, backend = activeBackendKind()): Promise<void> {
  const user = await target(services, actor, id, "remove", backend);
  await services.users.remove(user.id);
  await services.audit.record({
    actor,
    action: "user.remove",
    targetType: "user",
    targetId: user.id,
    summary: `Removed ${user.role} ${user.email}`,
    details: { email: user.email, role: user.role },
  });
}
