import { DatabaseConnectionError } from '../core/db/connection-error.ts';
import type { DatabasePort } from '../core/db/database-port.ts';
import type { ReportTarget } from '../core/report/report.ts';
import type { PgDatabase } from '../staging/pg-database.ts';
import type { PgliteDatabase } from '../staging/pglite-database.ts';
import { SupabaseReplicaDatabase } from '../staging/replica-database.ts';
import { bootstrapSupabaseShim } from '../staging/supabase-shim.ts';
import { InputError } from '../workspace/input-error.ts';

/** What choosing and opening the staging database takes from the request. */
export interface TargetRequest {
  /** A Postgres URL; the embedded database when absent. */
  dbUrl?: string;
  /**
   * With a URL: run everything in one transaction and roll it back, the Supabase shim included
   * (`prepare` creates it inside that transaction). False: the shim is created and kept now.
   */
  rollback: boolean;
  /** One line of progress for a person watching (stderr). */
  progress(line: string): void;
  /** A one-line notice that must reach the user even without a terminal (stderr, Action notice). */
  notice?(line: string): void;
  /** `null`: the embedded database neither loads nor saves a cached snapshot. */
  cacheDir?: null;
}

/**
 * The database a staging run applies to: the embedded one (PGlite as a Supabase replica), or
 * the server at --db with Supabase's roles and schemas, and a second session for the lock
 * watchdog when the server has a slot for it.
 */
export async function openTarget(
  request: TargetRequest,
  /** Starts the embedded database (or gives the one already starting); called without a URL. */
  startEmbedded: () => Promise<PgliteDatabase>,
): Promise<{
  db: DatabasePort;
  target: ReportTarget;
  watchdog?: DatabasePort;
  /** The embedded database under `db`, when that is the target. */
  embedded?: PgliteDatabase;
  /**
   * With `rollback`: what to run first inside the run's transaction (`ApplyOptions.prepare`),
   * so that it rolls back with the run: the Supabase shim on a server that lacks it.
   */
  prepare?: (db: DatabasePort) => Promise<void>;
}> {
  if (request.dbUrl === undefined) {
    request.progress('starting the embedded database (PGlite, a Supabase replica)');
    const embedded = await startEmbedded();
    const { startup } = embedded;
    const how =
      startup.source === 'history'
        ? 'from cache, history already replayed'
        : startup.source === 'cache'
          ? 'from cache'
          : startup.source === 'shipped'
            ? 'from the snapshot shipped with migration-guard'
            : startup.cacheNotice === undefined
              ? 'cold start, now cached'
              : 'cold start, not cached';
    request.progress(
      `embedded database ready in ${(startup.durationMs / 1000).toFixed(1)} s (${how})`,
    );
    // Shown even without a terminal: every later run pays the cold start until it is fixed.
    if (startup.cacheNotice !== undefined) request.notice?.(startup.cacheNotice);
    const db = new SupabaseReplicaDatabase(embedded, { interceptStandIns: false });
    return {
      db,
      target: { kind: 'pglite', serverVersion: await serverVersion(db), mode: 'commit' },
      embedded,
    };
  }
  // Loaded only for a server: `pg` and the TLS and network modules it pulls in cost an embedded
  // check about 0.2 s of start-up.
  const { PgDatabase } = await import('../staging/pg-database.ts');
  let server: PgDatabase;
  try {
    server = await PgDatabase.connect({ url: request.dbUrl, applicationName: 'migration-guard' });
  } catch (error) {
    if (error instanceof DatabaseConnectionError) {
      throw new InputError(`cannot connect to ${error.target}: ${error.reason}`, error.fix);
    }
    throw error;
  }
  const db = new SupabaseReplicaDatabase(server, { interceptStandIns: true });
  try {
    // A plain Postgres gets Supabase's roles, auth schema and helpers; a Supabase database has them.
    const { rows } = await db.query<{ has_auth: boolean }>(
      "select to_regnamespace('auth') is not null as has_auth",
    );
    const needsShim = !rows[0]?.has_auth;
    const added: ShimAdded = { roles: [], schemas: [] };
    const shim = async (on: DatabasePort) => {
      Object.assign(added, await addShim(on));
    };
    if (needsShim) {
      request.progress(
        request.rollback
          ? 'the target has no auth schema: adding the Supabase shim inside the rolled-back transaction'
          : 'the target has no auth schema: adding the Supabase shim, kept with the migrations',
      );
      if (!request.rollback) await shim(db);
    }
    const version = await serverVersion(db);
    // The engine's second session, from which it cancels a statement that switched its limits
    // off inside itself. A server with no connection slot left still gets the checks between
    // statements.
    const watchdog = await PgDatabase.connect({
      url: request.dbUrl,
      applicationName: 'migration-guard watchdog',
    }).catch(() => undefined);
    if (!watchdog) request.progress('no second session for the lock watchdog; going on without it');
    return {
      db,
      target: {
        kind: 'postgres',
        serverVersion: version,
        mode: request.rollback ? 'rollback' : 'commit',
        ...(needsShim ? { shim: added } : {}),
      },
      ...(watchdog ? { watchdog } : {}),
      ...(needsShim && request.rollback ? { prepare: shim } : {}),
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

type ShimAdded = NonNullable<ReportTarget['shim']>;

/**
 * The Supabase shim on a server, and the roles and schemas it created. Its roles are
 * cluster-wide: one that existed before the run is left as it was.
 */
async function addShim(db: DatabasePort): Promise<ShimAdded> {
  const read = async () => {
    const { rows } = await db.query<{ kind: string; name: string }>(
      `select 'role' as kind, rolname::text as name from pg_catalog.pg_roles
       union all select 'schema', nspname::text from pg_catalog.pg_namespace`,
    );
    return new Set(rows.map((r) => `${r.kind}:${r.name}`));
  };
  const before = await read();
  await bootstrapSupabaseShim(db, { keepExistingRoles: true });
  const created = [...(await read())].filter((k) => !before.has(k)).sort();
  const named = (kind: string) =>
    created.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
  return { roles: named('role'), schemas: named('schema') };
}

async function serverVersion(db: DatabasePort): Promise<string | null> {
  const { rows } = await db.query<{ v: string }>("select current_setting('server_version') as v");
  return rows[0]?.v ?? null;
}
