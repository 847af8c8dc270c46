import "server-only";
// AppSql over a pg Pool (DATABASE_URL). Statements are written with `?` and numbered here; 64-bit
// integers (our millisecond times, counts) come back as numbers, not strings. A transaction holds
// one pooled connection, and takes an advisory lock when it names one.
import pg from "pg";
import type { AppSql, SqlClient, SqlValue, TransactionOptions } from "./app-sql";

const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** `?` → `$1, $2, …`, outside quoted strings. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  let quoted = false;
  let out = "";
  for (const char of sql) {
    if (char === "'") quoted = !quoted;
    out += char === "?" && !quoted ? `$${++n}` : char;
  }
  return out;
}

type Queryable = Pick<pg.Pool, "query"> | pg.PoolClient;

class PostgresClient implements SqlClient {
  readonly dialect = "postgres" as const;
  constructor(protected readonly target: Queryable) {}

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return (await this.target.query(numberPlaceholders(sql), params as SqlValue[])).rows as T[];
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return { changes: (await this.target.query(numberPlaceholders(sql), params as SqlValue[])).rowCount ?? 0 };
  }

  async now(): Promise<number> {
    const row = await this.get<{ now: number }>("SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now");
    return row!.now;
  }
}

export class PostgresAppSql extends PostgresClient implements AppSql {
  private ready: Promise<void> | null = null;

  /** `prepare` (migrations) runs before the first statement, over the same pool. */
  constructor(
    private readonly pool: pg.Pool,
    private readonly prepare?: (sql: AppSql) => Promise<void>,
  ) {
    super(pool);
  }

  static connect(url: string, options: { max?: number; prepare?: (sql: AppSql) => Promise<void> } = {}): PostgresAppSql {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types });
    // An idle connection the server dropped must not crash the process; the next query reconnects.
    pool.on("error", (error) => console.warn(`[app-data] Postgres connection lost: ${error.message}`));
    return new PostgresAppSql(pool, options.prepare);
  }

  /** Runs `prepare` once; a failed one is tried again by the next caller. */
  private async whenReady(): Promise<void> {
    if (!this.prepare) return;
    this.ready ??= this.prepare(new PostgresAppSql(this.pool)).catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    await this.ready;
  }

  override async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    await this.whenReady();
    return super.all<T>(sql, params);
  }

  override async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    await this.whenReady();
    return super.get<T>(sql, params);
  }

  override async run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }> {
    await this.whenReady();
    return super.run(sql, params);
  }

  async transaction<T>(work: (tx: SqlClient) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    await this.whenReady();
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      if (options.lock) await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [options.lock]);
      const result = await work(new PostgresClient(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
