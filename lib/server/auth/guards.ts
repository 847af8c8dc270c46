import "server-only";
// The authorization helpers. Pages use requireUser/requireRole/requirePermission (redirect to
// /login without a session, 403 page without the right). Server actions and route handlers use
// authorize(), which throws a typed AccessDenied that their wrappers turn into a refusal: never a
// redirect for a POST.
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { can, type Permission, type Role, type UserDTO } from "@/lib/auth/roles";
import { AccessDenied } from "./access-denied";
import { safeNextPath } from "./next-path";
import { currentUser } from "./request";

export { AccessDenied, isAccessDenied } from "./access-denied";
export { safeNextPath } from "./next-path";

async function loginRedirect(): Promise<never> {
  // The proxy passes the requested path along; it is only ever used as a relative path.
  const path = safeNextPath((await headers()).get("x-request-path"));
  redirect(path === "/coupons" ? "/login" : `/login?next=${encodeURIComponent(path)}`);
}

/** For pages: the signed-in user, or a redirect to /login. */
export async function requireUser(): Promise<UserDTO> {
  return (await currentUser()) ?? loginRedirect();
}

/** For pages: a user holding `permission`, a redirect to /login, or the 403 page. */
export async function requirePermission(permission: Permission): Promise<UserDTO> {
  const user = await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** For pages: a user with exactly this role. Prefer requirePermission. */
export async function requireRole(role: Role): Promise<UserDTO> {
  const user = await requireUser();
  if (user.role !== role) forbidden();
  return user;
}

/** For the data access layer, actions and route handlers: the user, or AccessDenied. */
export async function authorize(permission: Permission | "signed-in"): Promise<UserDTO> {
  const user = await currentUser();
  if (!user) throw new AccessDenied("UNAUTHENTICATED");
  if (permission !== "signed-in" && !can(user.role, permission)) throw new AccessDenied("FORBIDDEN");
  return user;
}
