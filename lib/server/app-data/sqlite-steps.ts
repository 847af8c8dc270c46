import "server-only";
// app.db's schema history on SQLite: one string per step, the same steps as postgres-steps.ts
// (app-migrations.ts runs them). Append; never edit a shipped step.

export const SQLITE_STEPS: string[] = [
  // 1: users, sessions (only a SHA-256 of each session id), throttle counters, audit log.
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     email TEXT NOT NULL UNIQUE COLLATE NOCASE,
     role TEXT NOT NULL CHECK (role IN ('merchant', 'support')),
     password_hash TEXT NOT NULL,
     disabled_at INTEGER,
     created_at INTEGER NOT NULL,
     last_login_at INTEGER
   );
   CREATE TABLE sessions (
     id_hash TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     created_at INTEGER NOT NULL,
     last_seen_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX sessions_user ON sessions (user_id);
   CREATE INDEX sessions_expires ON sessions (expires_at);
   CREATE TABLE login_failures (
     kind TEXT NOT NULL CHECK (kind IN ('account', 'ip')),
     key TEXT NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE INDEX login_failures_key ON login_failures (kind, key, at);
   CREATE TABLE audit_log (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     at INTEGER NOT NULL,
     actor_id TEXT,
     actor_email TEXT NOT NULL,
     action TEXT NOT NULL,
     target_type TEXT NOT NULL,
     target_id TEXT,
     summary TEXT NOT NULL,
     details_json TEXT
   );
   CREATE INDEX audit_log_at ON audit_log (at);
   -- Every coupon an entry touches, so a bulk action is found when filtering by one of its coupons.
   CREATE TABLE audit_coupons (
     entry_id INTEGER NOT NULL REFERENCES audit_log (id) ON DELETE CASCADE,
     coupon_id TEXT NOT NULL,
     PRIMARY KEY (coupon_id, entry_id)
   );
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // 2: mark the first-start demo accounts, so they can be refused when the backend is Wix. Existing
  // ones are recognised by the audit entry the first start wrote for them, or by their address when
  // the first-start flag is set (the audit entry is written just after the accounts).
  `ALTER TABLE users ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1));
   UPDATE users SET is_demo = 1
    WHERE id IN (SELECT target_id FROM audit_log
                  WHERE action = 'user.add' AND target_type = 'user' AND actor_id IS NULL AND actor_email = 'system (first start)')
       OR (email IN ('merchant@demo.local', 'support@demo.local')
           AND EXISTS (SELECT 1 FROM meta WHERE key = 'demo_accounts_created'));`,
  // 3: each touched coupon's code as it was then, so the log is filtered by code and names coupons
  // by code, even after the coupon was renamed or deleted. Earlier entries get the code their
  // details kept (creates and deletes store the whole specification).
  `ALTER TABLE audit_coupons ADD COLUMN code TEXT;
   UPDATE audit_coupons SET code = (
     SELECT json_extract(details_json, '$.specification.code') FROM audit_log
      WHERE audit_log.id = audit_coupons.entry_id AND action IN ('coupon.create', 'coupon.delete'));
   CREATE INDEX audit_coupons_code ON audit_coupons (code COLLATE NOCASE);`,
  // 4: usage over time. Each round reads every live coupon's running count for one slot (15 minutes
  // by default) and keeps a reading only when the count or limit changed, so a row means "from this
  // slot on, the count stood at `uses`". `site` keeps one store's or Wix site's coupons apart from
  // another's. A round is claimed with a lease, so one instance records a slot and a crashed one's
  // slot is taken over; the primary key means no coupon is ever recorded twice for one slot.
  `CREATE TABLE usage_readings (
     site TEXT NOT NULL,
     coupon_id TEXT NOT NULL,
     slot INTEGER NOT NULL,
     uses INTEGER NOT NULL,
     usage_limit INTEGER,
     PRIMARY KEY (site, coupon_id, slot)
   ) WITHOUT ROWID;
   CREATE INDEX usage_readings_slot ON usage_readings (site, slot);
   CREATE TABLE usage_rounds (
     site TEXT NOT NULL,
     slot INTEGER NOT NULL,
     owner TEXT NOT NULL,
     lease_until INTEGER NOT NULL,
     started_at INTEGER NOT NULL,
     finished_at INTEGER,
     coupons INTEGER NOT NULL DEFAULT 0,
     recorded INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (site, slot)
   );`,
  // 5: code families. A family is the coupons made in one run: many codes from one template
  // (`prefix` set, reserved per site, so the family is found on Wix by its codes too), or the rows
  // of one imported file (each with its own specification). Each code is a row that is pending
  // until Wix answers for it; a batch claims up to 100 with a lease, so a reload, a lost connection
  // or a second tab never sends a code twice, and whoever comes back finishes the rest.
  `CREATE TABLE code_families (
     id TEXT PRIMARY KEY,
     site TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('generated', 'imported')),
     name TEXT NOT NULL,
     prefix TEXT,
     pattern_json TEXT,
     template_json TEXT,
     count INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     created_by TEXT NOT NULL
   );
   CREATE UNIQUE INDEX code_families_prefix ON code_families (site, prefix COLLATE NOCASE) WHERE prefix IS NOT NULL;
   CREATE INDEX code_families_site ON code_families (site, created_at);
   CREATE TABLE family_codes (
     family_id TEXT NOT NULL REFERENCES code_families (id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     code TEXT NOT NULL,
     specification_json TEXT,
     coupon_id TEXT,
     outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'created', 'failed')),
     problem TEXT,
     claimed_until INTEGER,
     PRIMARY KEY (family_id, position)
   );
   CREATE INDEX family_codes_coupon ON family_codes (coupon_id) WHERE coupon_id IS NOT NULL;`,

  // 6: the Wix call log, when instances share one throttle per site (Postgres): each call's time
  // and lane, kept for one window.
  `CREATE TABLE wix_calls (site TEXT NOT NULL, at INTEGER NOT NULL, lane TEXT NOT NULL);
     CREATE INDEX wix_calls_site ON wix_calls (site, at);`,
];
