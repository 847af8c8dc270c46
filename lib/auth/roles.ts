// Who can do what. The server enforces this in the data access layer; the UI reads the same table
// only to hide controls a user can't use. Merchant: everything. Support: read, search, export.
import { listInWords } from "@/lib/words";

export const ROLES = ["merchant", "support"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = ["coupons:read", "coupons:export", "coupons:write", "users:manage", "audit:read"] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  merchant: PERMISSIONS,
  support: ["coupons:read", "coupons:export"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export const ROLE_LABELS: Record<Role, string> = { merchant: "Merchant", support: "Support" };

/** Each permission in a merchant's words, for pages that say why something is out of reach. */
export const PERMISSION_WORDS: Record<Permission, string> = {
  "coupons:read": "find and read coupons",
  "coupons:export": "export them",
  "coupons:write": "create, change or delete coupons",
  "users:manage": "manage users",
  "audit:read": "read the audit log",
};

/** "Support can find and read coupons and export them, but not create, change or delete coupons, …" */
export function roleScope(role: Role): string {
  const granted = PERMISSIONS.filter((p) => can(role, p)).map((p) => PERMISSION_WORDS[p]);
  const refused = PERMISSIONS.filter((p) => !can(role, p)).map((p) => PERMISSION_WORDS[p]);
  const but = refused.length ? `, but not ${listInWords(refused, "or")}` : "";
  return `${ROLE_LABELS[role]} can ${listInWords(granted, "and")}${but}.`;
}

/** The signed-in user as pages and client components see it: no hashes, no session ids. */
export interface UserDTO {
  id: string;
  email: string;
  role: Role;
}
