/**
 * Opening the worklist database: SQLite through better-sqlite3, WAL mode, foreign keys on, and every
 * migration of migrations.ts not yet applied, each in its own transaction.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

/** Thrown when the database file cannot be opened or is newer than this program. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

function applied(db: Db): Set<number> {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const rows = db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
  return new Set(rows.map((r) => r.version));
}

/**
 * Apply the migrations not yet recorded, in version order.
 * @returns the versions applied now
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const done = applied(db);
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...done].filter((v) => !known.has(v));
  if (unknown.length > 0) {
    throw new StoreError(`the database has schema version ${Math.max(...unknown)}, newer than this program knows`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const now: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    now.push(m.version);
  }
  return now;
}

/**
 * Open (creating if needed) the database file, in WAL mode, migrated to the current schema.
 * @param file - a path, or ":memory:" for tests
 */
export function openDatabase(file: string): Db {
  let db: Db;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
  } catch (error) {
    throw new StoreError(`cannot open the database ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot use the database ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return db;
}
