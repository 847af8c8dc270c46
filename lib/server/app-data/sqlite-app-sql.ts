import "server-only";
// AppSql over one better-sqlite3 connection. better-sqlite3 is synchronous, and a transaction here
// spans awaits, so the file is used by one transaction at a time in this process: statements and
// transactions from elsewhere in the process wait for the open one to end (else they would run
// inside it, and be rolled back with it). Across processes, BEGIN IMMEDIATE and the busy timeout
// queue the writers.
import type Database from "better-sqlite3";
import type { AppSql, SqlClient, SqlValue, TransactionOptions } from "./app-sql";

class SqliteClient implements SqlClient {
  readonly dialect = "sqlite" as const;
  constructor(protected readonly db: Database.Database) {}

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.db.prepare(sql).all(...params) as T[];
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.db.prepare(sql).get(...params) as T | undefined;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return { changes: this.db.prepare(sql).run(...params).changes };
  }

  async now(): Promise<number> {
    return Date.now();
  }
}

/**
 * One queue per database file in this process, shared by every connection to it. A transaction
 * here spans awaits; were a second connection in this process to begin one meanwhile, SQLite's busy
 * wait would block the thread the first one needs to finish. Other processes just queue on SQLite's lock.
 */
class FileQueue {
  /** Settles when the last one to ask has let go: first come, first served. */
  private tail: Promise<void> = Promise.resolve();
  /** Turns waiting or holding; 0 means a statement may run at once. */
  turns = 0;

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise((resolve) => (release = resolve));
    this.turns++;
    try {
      await previous;
      return await work();
    } finally {
      this.turns--;
      release();
    }
  }
}

const queues = new Map<string, FileQueue>();

function queueFor(db: Database.Database): FileQueue {
  if (db.memory) return new FileQueue();
  let queue = queues.get(db.name);
  if (!queue) queues.set(db.name, (queue = new FileQueue()));
  return queue;
}

export class SqliteAppSql implements AppSql {
  readonly dialect = "sqlite" as const;
  private readonly direct: SqliteClient;
  private readonly queue: FileQueue;

  constructor(readonly db: Database.Database) {
    this.direct = new SqliteClient(db);
    this.queue = queueFor(db);
  }

  /** Runs `work` when the file is ours in this process: after every transaction and statement that asked before. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.queue.exclusive(work);
  }

  /** A single statement: at once when nobody in this process holds or waits for the file, else in turn. */
  private statement<T>(work: () => Promise<T>): Promise<T> {
    return this.queue.turns === 0 ? work() : this.exclusive(work);
  }

  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.statement(() => this.direct.all<T>(sql, params));
  }

  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.statement(() => this.direct.get<T>(sql, params));
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }> {
    return this.statement(() => this.direct.run(sql, params));
  }

  /** `options.lock` needs nothing here: BEGIN IMMEDIATE takes the database's one write lock. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>, _options?: TransactionOptions): Promise<T> {
    void _options;
    return this.exclusive(async () => {
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const result = await work(this.direct);
        this.db.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw error;
      }
    });
  }

  async now(): Promise<number> {
    return Date.now();
  }

  close(): Promise<void> {
    return this.exclusive(async () => {
      this.db.close();
    });
  }
}
