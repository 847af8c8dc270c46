import "server-only";
// The app database's schema history on Postgres: the same steps as sqlite-steps.ts, in Postgres's
// words (app-migrations.ts runs them). Times are milliseconds in BIGINT, as SQLite's INTEGER holds
// them. Where SQLite has an implicit rowid the repositories read (login_failures, audit_coupons),
// the table gets a BIGSERIAL column of that name, so one statement serves both engines. Emails are
// stored lower-cased and prefixes compared upper-cased, for SQLite's COLLATE NOCASE.
// Append; never edit a shipped step.

export const POSTGRES_STEPS: string[] = [
  // 1: users, sessions, throttle counters, audit log.
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     email TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('merchant', 'support')),
     password_hash TEXT NOT NULL,
     disabled_at BIGINT,
     created_at BIGINT NOT NULL,
     last_login_at BIGINT
   );
   CREATE UNIQUE INDEX users_email ON users (lower(email));
   CREATE TABLE sessions (
     id_hash TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     created_at BIGINT NOT NULL,
     last_seen_at BIGINT NOT NULL,
     expires_at BIGINT NOT NULL
   );
   CREATE INDEX sessions_user ON sessions (user_id);
   CREATE INDEX sessions_expires ON sessions (expires_at);
   CREATE TABLE login_failures (
     rowid BIGSERIAL PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('account', 'ip')),
     key TEXT NOT NULL,
     at BIGINT NOT NULL
   );
   CREATE INDEX login_failures_key ON login_failures (kind, key, at);
   CREATE TABLE audit_log (
     id BIGSERIAL PRIMARY KEY,
     at BIGINT NOT NULL,
     actor_id TEXT,
     actor_email TEXT NOT NULL,
     action TEXT NOT NULL,
     target_type TEXT NOT NULL,
     target_id TEXT,
     summary TEXT NOT NULL,
     details_json TEXT
   );
   CREATE INDEX audit_log_at ON audit_log (at);
   CREATE TABLE audit_coupons (
     rowid BIGSERIAL,
     entry_id BIGINT NOT NULL REFERENCES audit_log (id) ON DELETE CASCADE,
     coupon_id TEXT NOT NULL,
     PRIMARY KEY (coupon_id, entry_id)
   );
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // 2: the first-start demo accounts are marked.
  `ALTER TABLE users ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1));
   UPDATE users SET is_demo = 1
    WHERE id IN (SELECT target_id FROM audit_log
                  WHERE action = 'user.add' AND target_type = 'user' AND actor_id IS NULL AND actor_email = 'system (first start)')
       OR (email IN ('merchant@demo.local', 'support@demo.local')
           AND EXISTS (SELECT 1 FROM meta WHERE key = 'demo_accounts_created'));`,
  // 3: each touched coupon's code as it was then.
  `ALTER TABLE audit_coupons ADD COLUMN code TEXT;
   UPDATE audit_coupons SET code = (
     SELECT details_json::json #>> '{specification,code}' FROM audit_log
      WHERE audit_log.id = audit_coupons.entry_id AND action IN ('coupon.create', 'coupon.delete'));
   CREATE INDEX audit_coupons_code ON audit_coupons (lower(code));`,
  // 4: usage over time: readings and the rounds that took them.
  `CREATE TABLE usage_readings (
     site TEXT NOT NULL,
     coupon_id TEXT NOT NULL,
     slot BIGINT NOT NULL,
     uses INTEGER NOT NULL,
     usage_limit INTEGER,
     PRIMARY KEY (site, coupon_id, slot)
   );
   CREATE INDEX usage_readings_slot ON usage_readings (site, slot);
   CREATE TABLE usage_rounds (
     site TEXT NOT NULL,
     slot BIGINT NOT NULL,
     owner TEXT NOT NULL,
     lease_until BIGINT NOT NULL,
     started_at BIGINT NOT NULL,
     finished_at BIGINT,
     coupons INTEGER NOT NULL DEFAULT 0,
     recorded INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (site, slot)
   );`,
  // 5: code families and their codes.
  `CREATE TABLE code_families (
     id TEXT PRIMARY KEY,
     site TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('generated', 'imported')),
     name TEXT NOT NULL,
     prefix TEXT,
     pattern_json TEXT,
     template_json TEXT,
     count INTEGER NOT NULL,
     created_at BIGINT NOT NULL,
     created_by TEXT NOT NULL
   );
   CREATE UNIQUE INDEX code_families_prefix ON code_families (site, upper(prefix)) WHERE prefix IS NOT NULL;
   CREATE INDEX code_families_site ON code_families (site, created_at);
   CREATE TABLE family_codes (
     family_id TEXT NOT NULL REFERENCES code_families (id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     code TEXT NOT NULL,
     specification_json TEXT,
     coupon_id TEXT,
     outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'created', 'failed')),
     problem TEXT,
     claimed_until BIGINT,
     PRIMARY KEY (family_id, position)
   );
   CREATE INDEX family_codes_coupon ON family_codes (coupon_id) WHERE coupon_id IS NOT NULL;`,
  // 6: the shared Wix call log.
  `CREATE TABLE wix_calls (site TEXT NOT NULL, at BIGINT NOT NULL, lane TEXT NOT NULL);
   CREATE INDEX wix_calls_site ON wix_calls (site, at);`,
];
