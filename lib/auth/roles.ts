// Who can do what. The server enforces this in the data access layer; the UI reads the same table
// only to hide controls a user can't use. Merchant: everything. Support: read, search, export.
export const ROLES = ["merchant", "support"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "coupons:read",
  "coupons:export",
  "coupons:write",
  "users:manage",
  "audit:read",
] as const;
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

/** The signed-in user as pages and client components see it: no hashes, no session ids. */
export interface UserDTO {
  id: string;
  email: string;
  role: Role;
}
