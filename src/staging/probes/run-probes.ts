import { quoteRelation } from '../../core/sql/quote-identifier.ts';
import { type DatabasePort, isDatabaseError } from '../../core/db/database-port.ts';
import { type Catalog, type CatalogTable, PROBE_ROLE } from '../../core/probes/probe-catalog.ts';
import type { ProbeTarget } from '../../core/probes/probe-targets.ts';
import { describeObservation, judgeProbe } from '../../core/probes/probe-verdicts.ts';
import type {
  ProbeCommand,
  ProbeObservation,
  ProbeVerdict,
  StepOutcome,
} from '../../core/probes/probe-observation.ts';
import { planTenancy, SETUP_SQL_KEY } from '../../core/probes/tenant-setup.ts';
import type { CheckReport } from '../../core/report/report.ts';
import { splitQualified } from '../../core/sql/names.ts';
import { makeTenant } from './make-tenant.ts';
import { ProbeRows, RowPlanError, type RowOwner } from './probe-rows.ts';
import { failureText, ProbeSession, type ProbeUser } from './probe-session.ts';
import { type ProbeScene, probeOtherTenant, probeOwnRow } from './probe-steps.ts';
import { readCatalog } from './read-catalog.ts';

export const PROBE_CHECK_ID = 'probe-isolation';

export interface ProbeRunSettings {
  /** Column names that identify a tenant (config `tenantColumns`). */
  tenantColumns: readonly string[];
  /** Config `probes.setupSql`: makes one tenant for the user id bound to $1, returns its id. */
  setupSql?: string;
  /** Config `probes.enabled`; default true. */
  enabled?: boolean;
}

interface TableProbe {
  target: ProbeTarget;
  verdicts: ProbeVerdict[];
}

export interface ProbeRun {
  probes: TableProbe[];
  /** One `probe-isolation` entry per table: pass, fail, or skipped with the reason. */
  checks: CheckReport[];
}

/**
 * Probe tenant isolation on the staging session after the migrations: per target table, two
 * tenants with one member each; A inserts a row, B must not read, change or delete it nor
 * insert into A's tenant, and A must read and change it. All inside a transaction rolled back.
 */
export async function runProbes(
  db: DatabasePort,
  targets: readonly ProbeTarget[],
  settings: ProbeRunSettings,
): Promise<ProbeRun> {
  if (targets.length === 0) return { probes: [], checks: [] };
  const names = targets.map((t) => t.table).join(', ');
  if (settings.enabled === false) {
    return skippedAll(`${names}: not probed, turned off by probes.enabled: false in the config`);
  }
  const session = await ProbeSession.open(db);
  if (!(session instanceof ProbeSession)) {
    return skippedAll(`${names}: not probed: ${session.unusable}`);
  }
  try {
    const { rows } = await db.query<{ ready: boolean }>(
      `select to_regrole('${PROBE_ROLE}') is not null and to_regclass('auth.users') is not null as ready`,
    );
    if (!rows[0]?.ready) {
      return skippedAll(
        `${names}: not probed: the target has no role ${PROBE_ROLE} or no auth.users table (run on a Supabase database or let migration-guard add its Supabase shim)`,
      );
    }
    const catalog = await readCatalog(db);
    const run: ProbeRun = { probes: [], checks: [] };
    for (const [i, target] of targets.entries()) {
      const result = await session.step(
        `table_${i}`,
        () => probeTable(session, catalog, target, settings),
        false,
      );
      const outcome: TableOutcome = result.ok
        ? result.value
        : { skipped: `the probe failed: ${failureText(result.error)}` };
      if (outcome === undefined) continue;
      if ('skipped' in outcome) {
        run.checks.push({
          id: PROBE_CHECK_ID,
          status: 'skipped',
          detail: `${target.table}: ${outcome.skipped}`,
        });
        continue;
      }
      run.probes.push({ target, verdicts: outcome.verdicts });
      const { own, other } = outcome.observation;
      const inconclusive = [...Object.values(own), ...Object.values(other)].some(
        (o) => o.kind === 'failed',
      );
      run.checks.push({
        id: PROBE_CHECK_ID,
        status: outcome.verdicts.length > 0 ? 'fail' : inconclusive ? 'skipped' : 'pass',
        detail: describeObservation(outcome.observation),
      });
    }
    return run;
  } catch (error) {
    // The probes are a check, not the run: a failure to probe is reported, not thrown.
    if (!isDatabaseError(error)) throw error;
    return skippedAll(`${names}: not probed: ${failureText(error)}`);
  } finally {
    await session.close();
  }
}

type TableOutcome =
  | { skipped: string }
  | { observation: ProbeObservation; verdicts: ProbeVerdict[] }
  | undefined;

async function probeTable(
  session: ProbeSession,
  catalog: Catalog,
  target: ProbeTarget,
  settings: ProbeRunSettings,
): Promise<TableOutcome> {
  const { db } = session;
  const table = catalog.get(target.table);
  if (!table) {
    // The catalog holds tables only. A relation the model could not see into that is on the
    // target but is no table (an extension's view such as extensions.pg_stat_statements, granted
    // on in a dump) has no rows of its own to probe, and it is there: say nothing.
    const { rows: present } = await db.query<{ present: boolean }>(
      'select to_regclass($1) is not null as present',
      [quoteRelation(target.table)],
    );
    if (present[0]?.present === true) return undefined;
    return { skipped: 'the table is not on the staging target after the migrations' };
  }
  const tenantColumn =
    target.tenantColumn ?? settings.tenantColumns.find((c) => hasColumn(table, c));
  // A table the model could not see into, without a tenant column: not a tenant table.
  if (tenantColumn === undefined) return undefined;
  const column = table.columns.find((c) => c.name === tenantColumn);
  if (!column) return { skipped: `the table has no column ${tenantColumn} on the staging target` };
  const { rows: reach } = await db.query<{ ok: boolean }>(
    'select has_schema_privilege($1, $2, $3) as ok',
    [PROBE_ROLE, splitQualified(table.name).schema, 'USAGE'],
  );
  if (reach[0]?.ok !== true) {
    return {
      skipped: `role ${PROBE_ROLE} has no USAGE on schema ${splitQualified(table.name).schema}, so no client can reach the table`,
    };
  }
  const plan = planTenancy(table, tenantColumn, catalog, settings.setupSql);
  if (plan.kind === 'skip') return { skipped: plan.reason };

  const rows = new ProbeRows(db, catalog);
  const [a, b] = [probeUser('a'), probeUser('b')];
  let tenantA: string;
  let tenantB: string;
  try {
    for (const user of [a, b]) {
      await db.query(
        `insert into auth.users (id, email, aud, role) values ($1::uuid, $2, '${PROBE_ROLE}', '${PROBE_ROLE}')`,
        [user.id, user.email],
      );
    }
    tenantA = await makeTenant(session, rows, catalog, plan, a, table.name);
    tenantB = await makeTenant(session, rows, catalog, plan, b, table.name);
  } catch (error) {
    const fix =
      plan.kind === 'setup-sql' ? `fix ${SETUP_SQL_KEY}` : `set ${SETUP_SQL_KEY} to make one`;
    return { skipped: `could not set up two tenants: ${failureText(error)}; ${fix}` };
  }

  const tenantTable = plan.kind === 'tenant-table' ? plan.tenantTable : undefined;
  const owner = (user: ProbeUser): RowOwner => ({
    user: user.id,
    tenant: { value: tenantA, column: tenantColumn, table: tenantTable },
  });
  const allowed = async (command: ProbeCommand) => {
    const { rows: granted } = await db.query<{ ok: boolean }>(
      'select has_table_privilege($1, $2, $3) as ok',
      [PROBE_ROLE, quoteRelation(table.name), command],
    );
    return granted[0]?.ok === true;
  };
  const noPrivilege: StepOutcome = { kind: 'no-privilege' };
  const membership = plan.kind === 'tenant-table' ? plan.memberships[0] : undefined;
  const observation: ProbeObservation = {
    table,
    tenantColumn,
    own: {},
    other: {},
    ...(membership ? { membership } : {}),
  };
  // The membership table itself: A's membership row is the row to probe.
  const isMembership =
    plan.kind === 'tenant-table' && plan.memberships.some((m) => m.table === table.name);
  try {
    if (!isMembership) {
      const values = await rows.valuesFor(table, owner(a));
      const insert = rows.insertSql(table, values);
      observation.own.INSERT = (await allowed('INSERT'))
        ? await session.asMember(
            a,
            async () => (await db.query(insert.sql, insert.params)).rowCount,
            'own_insert',
          )
        : noPrivilege;
      // The row the rest probes, made by the session's role (which row level security lets
      // through) with A's claims, for triggers that read auth.uid().
      const made = await session.step(
        'own_row',
        async () => {
          await session.claimsOf(a);
          await db.query(insert.sql, insert.params);
        },
        true,
      );
      if (!made.ok) return { skipped: `could not insert a probe row: ${failureText(made.error)}` };
    }
    const scene: ProbeScene = {
      session,
      table,
      tenantColumn,
      columnType: column.type,
      tenantA,
      tenantB,
      a,
      b,
      allowed,
    };
    observation.own = { ...observation.own, ...(await probeOwnRow(scene)) };
    observation.other = await probeOtherTenant(scene);
    const intruding = rows.insertSql(table, await rows.valuesFor(table, owner(b)));
    observation.other.INSERT = (await allowed('INSERT'))
      ? await session.asMember(
          b,
          async () => (await db.query(intruding.sql, intruding.params)).rowCount,
          'other_insert',
        )
      : noPrivilege;
  } catch (error) {
    if (error instanceof RowPlanError) return { skipped: `${error.message}` };
    throw error;
  }
  return { observation, verdicts: judgeProbe(observation) };
}

function probeUser(label: string): ProbeUser {
  const id = crypto.randomUUID();
  return { id, email: `probe-${label}-${id.slice(0, 8)}@migration-guard.invalid` };
}

function hasColumn(table: CatalogTable, name: string): boolean {
  return table.columns.some((c) => c.name === name);
}

function skippedAll(detail: string): ProbeRun {
  return { probes: [], checks: [{ id: PROBE_CHECK_ID, status: 'skipped', detail }] };
}
