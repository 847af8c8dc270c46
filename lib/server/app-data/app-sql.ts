// The app's own database, whichever engine holds it: SQLite (app.db, one host) or Postgres (when
// DATABASE_URL is set, shared by every instance). Repositories write their SQL once, with `?`
// placeholders and the syntax both engines accept (ON CONFLICT DO NOTHING, RETURNING, IN lists);
// the few places the engines differ read `dialect`.

export type Dialect = "sqlite" | "postgres";

export type SqlValue = string | number | null;

export interface SqlClient {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /** The database's clock in ms (Postgres: the server's, so instances on different hosts agree). */
  now(): Promise<number>;
}

export interface TransactionOptions {
  /**
   * A name for what the transaction reads and then writes (say, "usage-round:store:123"): on
   * Postgres it takes that advisory lock for the transaction, so instances doing the same thing
   * queue. On SQLite every write transaction takes the database's one write lock anyway.
   */
  lock?: string;
}

export interface AppSql extends SqlClient {
  /** Runs `work` in one write transaction: all of it or none. `work` must only talk to the database. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

/** `?, ?, ?` for an IN list of `count` values (at least one, so `IN ()` is never written). */
export function placeholders(count: number): string {
  return Array.from({ length: Math.max(1, count) }, () => "?").join(", ");
}

/** A unique index refused the write (SQLite's and Postgres's codes). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "23505";
}
