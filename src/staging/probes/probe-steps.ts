import { quoteIdent, quoteRelation } from '../../core/sql/quote-identifier.ts';
import type { CatalogTable } from '../../core/probes/probe-catalog.ts';
import { generatedValue, markerColumn } from '../../core/probes/probe-values.ts';
import type { ProbeCommand, StepOutcome } from '../../core/probes/probe-observation.ts';
import type { ProbeSession, ProbeUser } from './probe-session.ts';

/** One table set up for probing: two tenants, a member of each, A's row in place. */
export interface ProbeScene {
  session: ProbeSession;
  table: CatalogTable;
  tenantColumn: string;
  /** The tenant column's type, for casts. */
  columnType: string;
  tenantA: string;
  tenantB: string;
  a: ProbeUser;
  b: ProbeUser;
  /** Whether role authenticated holds the table privilege for the command. */
  allowed(command: ProbeCommand): Promise<boolean>;
}

type Steps = Partial<Record<ProbeCommand, StepOutcome>>;

const noPrivilege: StepOutcome = { kind: 'no-privilege' };

/**
 * A on its own tenant's row, as a client filters it (`where tenant = A`): counts of rows seen,
 * updated and deleted. Each step is undone before the next.
 */
export async function probeOwnRow(scene: ProbeScene): Promise<Steps> {
  const { session, a } = scene;
  const { db } = session;
  const relation = quoteRelation(scene.table.name);
  const column = quoteIdent(scene.tenantColumn);
  const where = `${column} = $1::${scene.columnType}`;
  const params = [scene.tenantA];
  const steps: Steps = {};
  steps.SELECT = (await scene.allowed('SELECT'))
    ? await session.asMember(
        a,
        async () => {
          const { rows } = await db.query<{ n: number }>(
            `select count(*)::int as n from ${relation} where ${where}`,
            params,
          );
          return Number(rows[0]?.n ?? 0);
        },
        'own_select',
      )
    : noPrivilege;
  steps.UPDATE = (await scene.allowed('UPDATE'))
    ? await session.asMember(
        a,
        async () =>
          (await db.query(`update ${relation} set ${column} = ${column} where ${where}`, params))
            .rowCount,
        'own_update',
      )
    : noPrivilege;
  steps.DELETE = (await scene.allowed('DELETE'))
    ? await session.asMember(
        a,
        async () => (await db.query(`delete from ${relation} where ${where}`, params)).rowCount,
        'own_delete',
      )
    : noPrivilege;
  return steps;
}

/**
 * B against A's row. SELECT filters by A's tenant. UPDATE and DELETE are sent without a WHERE
 * clause: a statement that reads no column skips the SELECT policies, so this is the widest a
 * client can reach; the rows of A's tenant that changed are then counted as the session's own
 * role. The UPDATE moves rows into B's tenant, which B's membership lets through WITH CHECK.
 */
export async function probeOtherTenant(scene: ProbeScene): Promise<Steps> {
  const { session, b } = scene;
  const { db } = session;
  const relation = quoteRelation(scene.table.name);
  const column = quoteIdent(scene.tenantColumn);
  const cast = `$1::${scene.columnType}`;
  const rowsOfA = async () => {
    // Back to the session's role (row level security does not hide rows from it) to look.
    await db.exec('RESET ROLE');
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from ${relation} where ${column} = ${cast}`,
      [scene.tenantA],
    );
    return Number(rows[0]?.n ?? 0);
  };
  const steps: Steps = {};
  steps.SELECT = (await scene.allowed('SELECT'))
    ? await session.asMember(
        b,
        async () => {
          const { rows } = await db.query<{ n: number }>(
            `select count(*)::int as n from ${relation} where ${column} = ${cast}`,
            [scene.tenantA],
          );
          return Number(rows[0]?.n ?? 0);
        },
        'other_select',
      )
    : noPrivilege;
  const before = await rowsOfA();
  steps.UPDATE = (await scene.allowed('UPDATE'))
    ? await session.asMember(
        b,
        async () => {
          await db.query(`update ${relation} set ${column} = ${cast}`, [scene.tenantB]);
          return before - (await rowsOfA());
        },
        'other_update',
      )
    : noPrivilege;
  // Moving the row can fail for reasons other than policies (a composite foreign key through
  // the tenant column): then mark the rows B's UPDATE reaches in place instead.
  if (steps.UPDATE.kind === 'failed') {
    const marked = await markRowsOfA(scene);
    if (marked && marked.kind !== 'failed') steps.UPDATE = marked;
  }
  steps.DELETE = (await scene.allowed('DELETE'))
    ? await session.asMember(
        b,
        async () => {
          await db.query(`delete from ${relation}`);
          return before - (await rowsOfA());
        },
        'other_delete',
      )
    : noPrivilege;
  return steps;
}

/** B sets a marker column on every row it can reach; the rows of A's tenant marked, counted. */
async function markRowsOfA(scene: ProbeScene): Promise<StepOutcome | undefined> {
  const { session } = scene;
  const { db } = session;
  const marker = markerColumn(scene.table, scene.tenantColumn);
  const value = marker ? generatedValue(marker, 990_000) : undefined;
  if (!marker || value === undefined) return undefined;
  const relation = quoteRelation(scene.table.name);
  const markedRowsOfA = `select count(*)::int as n from ${relation}
    where ${quoteIdent(scene.tenantColumn)} = $1::${scene.columnType}
      and ${quoteIdent(marker.name)} = $2::${marker.type}`;
  const countMarked = async () => {
    const { rows } = await db.query<{ n: number }>(markedRowsOfA, [scene.tenantA, value]);
    return Number(rows[0]?.n ?? 0);
  };
  // A value A's row already holds would count as reached.
  if ((await countMarked()) > 0) return undefined;
  return session.asMember(
    scene.b,
    async () => {
      await db.query(`update ${relation} set ${quoteIdent(marker.name)} = $1::${marker.type}`, [
        value,
      ]);
      await db.exec('RESET ROLE');
      return countMarked();
    },
    'other_update_marked',
  );
}
