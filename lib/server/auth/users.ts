import "server-only";
// Users of the dashboard, in app.db. Emails are unique regardless of case. Disabling or removing a
// user ends all of their sessions in the same transaction.
import { randomUUID } from "node:crypto";
import { isRole, type Role } from "@/lib/auth/roles";
import type { AuthDb } from "./auth-db";

export interface UserRecord {
  id: string;
  email: string;
  role: Role;
  passwordHash: string;
  disabledAt: number | null;
  createdAt: number;
  lastLoginAt: number | null;
  /** One of the first-start accounts of the embedded demo store (refused when the backend is Wix). */
  isDemo: boolean;
}

interface UserRow {
  id: string;
  email: string;
  role: string;
  password_hash: string;
  disabled_at: number | null;
  created_at: number;
  last_login_at: number | null;
  is_demo: number;
}

function fromRow(row: UserRow): UserRecord {
  if (!isRole(row.role)) throw new Error(`User ${row.id} has an unknown role.`);
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    passwordHash: row.password_hash,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
    isDemo: row.is_demo === 1,
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`A user with the email ${email} already exists.`);
    this.name = "EmailTakenError";
  }
}

export class UserRepository {
  constructor(
    private readonly db: AuthDb,
    private readonly now: () => number = Date.now,
  ) {}

  /** `demo` only for the demo store's first-start accounts (bootstrap.ts). */
  create(input: { email: string; role: Role; passwordHash: string; demo?: boolean }): UserRecord {
    const id = randomUUID();
    const email = normaliseEmail(input.email);
    try {
      this.db
        .prepare("INSERT INTO users (id, email, role, password_hash, created_at, is_demo) VALUES (?, ?, ?, ?, ?, ?)")
        .run(id, email, input.role, input.passwordHash, this.now(), input.demo ? 1 : 0);
    } catch (error) {
      if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE") throw new EmailTakenError(email);
      throw error;
    }
    return this.byId(id)!;
  }

  byId(id: string): UserRecord | null {
    const row = this.db.prepare("SELECT * FROM users WHERE id = ?").get(id) as UserRow | undefined;
    return row ? fromRow(row) : null;
  }

  byEmail(email: string): UserRecord | null {
    const row = this.db.prepare("SELECT * FROM users WHERE email = ?").get(normaliseEmail(email)) as UserRow | undefined;
    return row ? fromRow(row) : null;
  }

  list(): UserRecord[] {
    return (this.db.prepare("SELECT * FROM users ORDER BY email").all() as UserRow[]).map(fromRow);
  }

  /** The demo store's first-start accounts still present (enabled or not). */
  demoAccounts(): UserRecord[] {
    return (this.db.prepare("SELECT * FROM users WHERE is_demo = 1 ORDER BY email").all() as UserRow[]).map(fromRow);
  }

  count(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n;
  }

  activeMerchants(): UserRecord[] {
    return (this.db.prepare("SELECT * FROM users WHERE role = 'merchant' AND disabled_at IS NULL").all() as UserRow[]).map(fromRow);
  }

  setPasswordHash(id: string, passwordHash: string): void {
    this.db.prepare("UPDATE users SET password_hash = ? WHERE id = ?").run(passwordHash, id);
  }

  recordLogin(id: string): void {
    this.db.prepare("UPDATE users SET last_login_at = ? WHERE id = ?").run(this.now(), id);
  }

  /** Disables the user and ends every one of their sessions. */
  disable(id: string): void {
    this.db
      .transaction(() => {
        this.db.prepare("UPDATE users SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL").run(this.now(), id);
        this.db.prepare("DELETE FROM sessions WHERE user_id = ?").run(id);
      })
      .immediate();
  }

  enable(id: string): void {
    this.db.prepare("UPDATE users SET disabled_at = NULL WHERE id = ?").run(id);
  }

  /** Removes the user; their sessions go with them (ON DELETE CASCADE, and explicitly). */
  remove(id: string): void {
    this.db
      .transaction(() => {
        this.db.prepare("DELETE FROM sessions WHERE user_id = ?").run(id);
        this.db.prepare("DELETE FROM users WHERE id = ?").run(id);
      })
      .immediate();
  }
}
