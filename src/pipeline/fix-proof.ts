import { engineLimits } from '../core/config/config.ts';
import { randomBytes } from 'node:crypto';
import { applyMigrations } from '../core/apply/apply-migrations.ts';
import type { Config } from '../core/config/config.ts';
import type { DatabasePort } from '../core/db/database-port.ts';
import type { MigrationFile } from '../core/migrations/migration-file.ts';
import type { ParsedSql } from '../core/sql/parse-sql.ts';
import { PgDatabase } from '../staging/pg-database.ts';
import { PgliteDatabase } from '../staging/pglite-database.ts';
import { embeddedNeeds } from './embedded-needs.ts';
import type { FileTrace } from '../staging/trace/trace-model.ts';
import { StatementTracer } from '../staging/trace/statement-tracer.ts';
import { tableCatalog } from './fix-catalog.ts';
import { seedTables } from './fix-seed.ts';
import { openTarget } from './staging-target.ts';

/** What one side (the original, or the rewrite) did on its staging target. */
export interface ProofSide {
  /** Why the files could not be applied (or seeded); nothing else is known then. */
  failure?: string;
  /** The longest lock that blocked reads or writes of an existing table. */
  longestLock?: { relation: string; mode: string; heldMs: number };
  /** Existing tables whose files were rewritten. */
  rewrites: string[];
  /** Statements that backfilled, built an index or scanned while ACCESS EXCLUSIVE was held. */
  exclusiveAcrossWork: string[];
  /** The final catalog of the touched tables (`tableCatalog`). */
  catalog: string[];
  /** Earlier files that failed on this target (both sides start from the same state anyway). */
  historyFailures: string[];
}

export interface ProofRequest {
  /** The files before the one rewritten, applied first, untraced. */
  history: MigrationFile[];
  original: MigrationFile[];
  rewrite: MigrationFile[];
  /** Tables to fill with rows before and compare after. */
  seed: string[];
  compare: string[];
  config: Config;
  parse: (sql: string) => ParsedSql;
  /** A server to create the two fresh databases on; the embedded database when absent. */
  dbUrl?: string;
  progress: (line: string) => void;
}

/** Apply the original and the rewrite, each on a fresh target, and say what each did. */
export async function proveRewrite(
  request: ProofRequest,
): Promise<{ original: ProofSide; rewrite: ProofSide }> {
  const original = await applySide(request, request.original);
  const rewrite = await applySide(request, request.rewrite);
  return { original, rewrite };
}

async function applySide(request: ProofRequest, files: MigrationFile[]): Promise<ProofSide> {
  const fresh = request.dbUrl === undefined ? undefined : await freshDatabase(request.dbUrl);
  try {
    const { db, watchdog } = await openTarget(
      { rollback: false, progress: request.progress, ...(fresh ? { dbUrl: fresh.url } : {}) },
      () =>
        PgliteDatabase.start(
          embeddedNeeds(
            [...request.history, ...request.original, ...request.rewrite].map((f) => f.sql),
            request.parse,
          ),
        ),
    );
    try {
      return await applyOn(db, watchdog, request, files);
    } finally {
      await watchdog?.close();
      await db.close();
    }
  } finally {
    await fresh?.drop();
  }
}

async function applyOn(
  db: DatabasePort,
  watchdog: DatabasePort | undefined,
  request: ProofRequest,
  files: MigrationFile[],
): Promise<ProofSide> {
  const side: ProofSide = {
    rewrites: [],
    exclusiveAcrossWork: [],
    catalog: [],
    historyFailures: [],
  };
  const { apply } = request.config;
  const options = {
    ...engineLimits(apply),
    record: false,
    mode: 'commit' as const,
    ...(watchdog ? { watchdog } : {}),
  };
  const parsed = new Map<string, ParsedSql>();
  const withParse = (list: MigrationFile[]) =>
    list.map((file) => {
      const p = parsed.get(file.path) ?? request.parse(file.sql);
      parsed.set(file.path, p);
      return { file, parsed: p };
    });
  const replayed = await applyMigrations(db, withParse(request.history), {
    ...options,
    onFailure: 'continue',
  });
  side.historyFailures = replayed.filter((r) => r.status !== 'applied').map((r) => r.file.fileName);
  try {
    const seedProblem = await seedTables(db, request.seed);
    if (seedProblem) return { ...side, failure: `rows could not be seeded: ${seedProblem}` };
  } catch (error) {
    return { ...side, failure: `rows could not be seeded: ${(error as Error).message}` };
  }
  const tracer = new StatementTracer();
  const results = await applyMigrations(db, withParse(files), {
    ...options,
    onFailure: 'stop',
    hooks: tracer.hooks,
  });
  const failed = results.find((r) => r.status !== 'applied');
  if (failed) {
    const why = failed.failure
      ? `${failed.file.fileName}:${failed.failure.line}: ${failed.failure.message}`
      : `${failed.file.fileName}: ${failed.status}`;
    return { ...side, failure: why };
  }
  for (const trace of tracer.traces) readTrace(trace, parsed.get(trace.file), side);
  side.catalog = await tableCatalog(db, request.compare);
  return side;
}

/** Fold one file's trace into the side: its longest blocking lock, rewrites, and risky holds. */
function readTrace(trace: FileTrace, parsed: ParsedSql | undefined, side: ProofSide): void {
  const exclusiveIn = new Set<number>();
  for (const s of trace.statements) {
    for (const lock of s.locks) {
      if (lock.mode === 'AccessExclusiveLock') exclusiveIn.add(s.unit);
      if (!lock.blocks.reads && !lock.blocks.writes) continue;
      const heldMs = lock.heldMs ?? s.durationMs ?? 0;
      if (!side.longestLock || heldMs > side.longestLock.heldMs) {
        side.longestLock = { relation: lock.relation, mode: lock.mode, heldMs };
      }
    }
    for (const r of s.rewrites) if (!side.rewrites.includes(r)) side.rewrites.push(r);
    const kind = parsed?.statements[s.index]?.kind;
    const works =
      s.rewrites.length > 0 ||
      s.scans.some((scan) => scan.count > 0) ||
      kind === 'UpdateStmt' ||
      kind === 'IndexStmt';
    if (works && exclusiveIn.has(s.unit)) {
      side.exclusiveAcrossWork.push(
        `${trace.file.slice(trace.file.lastIndexOf('/') + 1)}:${s.line}`,
      );
    }
  }
}

/** A new database on the server at `url`, dropped again by `drop`. */
async function freshDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `migration_guard_fix_${randomBytes(6).toString('hex')}`;
  const admin = await PgDatabase.connect({ url, applicationName: 'migration-guard fix' });
  try {
    await admin.query(`create database ${name}`);
  } catch (error) {
    await admin.close();
    throw error;
  }
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return {
    url: fresh.toString(),
    drop: async () => {
      try {
        await admin.query(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.close();
      }
    },
  };
}
