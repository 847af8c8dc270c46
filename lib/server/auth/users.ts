import "server-only";
// Users of the dashboard, in the app database. Emails are unique regardless of case. Disabling or removing a
// user ends all of their sessions in the same transaction.
import { randomUUID } from "node:crypto";
import { isRole, type Role } from "@/lib/auth/roles";
import { isUniqueViolation, type AppSql, type SqlClient } from "../app-data/app-sql";

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
    private readonly sql: AppSql,
    private readonly now: () => number = Date.now,
  ) {}

  /** `demo` only for the demo store's first-start accounts (bootstrap.ts). `tx` to create it inside a caller's transaction. */
  async create(input: { email: string; role: Role; passwordHash: string; demo?: boolean }, tx: SqlClient = this.sql): Promise<UserRecord> {
    const id = randomUUID();
    const email = normaliseEmail(input.email);
    try {
      await tx.run("INSERT INTO users (id, email, role, password_hash, created_at, is_demo) VALUES (?, ?, ?, ?, ?, ?)", [
        id,
        email,
        input.role,
        input.passwordHash,
        this.now(),
        input.demo ? 1 : 0,
      ]);
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailTakenError(email);
      throw error;
    }
    return (await this.byId(id, tx))!;
  }

  async byId(id: string, tx: SqlClient = this.sql): Promise<UserRecord | null> {
    const row = await tx.get<UserRow>("SELECT * FROM users WHERE id = ?", [id]);
    return row ? fromRow(row) : null;
  }

  async byEmail(email: string): Promise<UserRecord | null> {
    const row = await this.sql.get<UserRow>("SELECT * FROM users WHERE email = ?", [normaliseEmail(email)]);
    return row ? fromRow(row) : null;
  }

  async list(): Promise<UserRecord[]> {
    return (await this.sql.all<UserRow>("SELECT * FROM users ORDER BY email")).map(fromRow);
  }

  /** The demo store's first-start accounts still present (enabled or not). */
  async demoAccounts(): Promise<UserRecord[]> {
    return (await this.sql.all<UserRow>("SELECT * FROM users WHERE is_demo = 1 ORDER BY email")).map(fromRow);
  }

  async count(tx: SqlClient = this.sql): Promise<number> {
    return (await tx.get<{ n: number }>("SELECT count(*) AS n FROM users"))!.n;
  }

  async activeMerchants(): Promise<UserRecord[]> {
    return (await this.sql.all<UserRow>("SELECT * FROM users WHERE role = 'merchant' AND disabled_at IS NULL")).map(fromRow);
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.sql.run("UPDATE users SET password_hash = ? WHERE id = ?", [passwordHash, id]);
  }

  async recordLogin(id: string): Promise<void> {
    await this.sql.run("UPDATE users SET last_login_at = ? WHERE id = ?", [this.now(), id]);
  }

  /** Disables the user and ends every one of their sessions. */
  async disable(id: string): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run("UPDATE users SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL", [this.now(), id]);
      await tx.run("DELETE FROM sessions WHERE user_id = ?", [id]);
    });
  }

  async enable(id: string): Promise<void> {
    await this.sql.run("UPDATE users SET disabled_at = NULL WHERE id = ?", [id]);
  }

  /** Removes the user; their sessions go with them (ON DELETE CASCADE, and explicitly). */
  async remove(id: string): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run("DELETE FROM sessions WHERE user_id = ?", [id]);
      await tx.run("DELETE FROM users WHERE id = ?", [id]);
    });
  }
}
