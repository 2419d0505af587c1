import { scanSync } from '../sql/pg-query.ts';
import { splitQualified } from '../sql/names.ts';
import { quoteIdent } from '../sql/quote-identifier.ts';
import { AUTH_USERS, type CatalogPolicy } from './probe-catalog.ts';
import type { ProbeCommand, ProbeObservation, ProbeVerdict } from './probe-observation.ts';

/**
 * The SQL that fixes what a probe saw, written for the probed table and its tenant column:
 * a policy that confines each command to the caller's tenants, through the membership table
 * the probe used when it is known.
 */
export function probeFix(
  observation: ProbeObservation,
  verdict: Pick<ProbeVerdict, 'rule' | 'command' | 'policies'>,
): string {
  const { table } = observation;
  const relation = sqlName(table.name);
  const member = memberCondition(observation);
  const note = member.note ? `\n${member.note}` : '';
  if (verdict.rule !== 'probe-tenant-locked-out' && !table.rlsEnabled) {
    return `ALTER TABLE ${relation} ENABLE ROW LEVEL SECURITY;
CREATE POLICY ${policyName(table.name, 'member')} ON ${relation} FOR ALL TO authenticated
  USING (${member.sql})
  WITH CHECK (${member.sql});  -- or one policy per command, each with this condition${note}`;
  }
  const involved = verdict.policies.flatMap((name) => {
    const policy = table.policies.find((p) => p.name === name);
    return policy ? [policy] : [];
  });
  if (involved.length > 0) {
    const altered = involved.map(
      (p) => `ALTER POLICY ${sqlIdent(p.name)} ON ${relation}${clauses(p.command, member.sql)};`,
    );
    return `${altered.join('\n')}${note}`;
  }
  return `CREATE POLICY ${policyName(table.name, `${verdict.command.toLowerCase()}_member`)} ON ${relation} FOR ${verdict.command} TO authenticated${clauses(verdict.command, member.sql)};${note}`;
}

/** USING for rows that exist, WITH CHECK for rows written, as the command takes them. */
function clauses(command: CatalogPolicy['command'] | ProbeCommand, condition: string): string {
  switch (command) {
    case 'SELECT':
    case 'DELETE':
      return `\n  USING (${condition})`;
    case 'INSERT':
      return `\n  WITH CHECK (${condition})`;
    default:
      return `\n  USING (${condition})\n  WITH CHECK (${condition})`;
  }
}

/** The tenant column of the row, compared with the tenants of the signed-in user. */
function memberCondition(observation: ProbeObservation): { sql: string; note?: string } {
  const { table, tenantColumn, membership } = observation;
  const column = `${sqlIdent(splitQualified(table.name).name)}.${sqlIdent(tenantColumn)}`;
  const userTenant = table.foreignKeys.some(
    (fk) =>
      fk.columns.length === 1 && fk.columns[0] === tenantColumn && fk.references === AUTH_USERS,
  );
  if (userTenant) return { sql: `${column} = (SELECT auth.uid())` };
  if (membership) {
    const t = sqlIdent(membership.tenantColumn);
    const u = sqlIdent(membership.userColumn);
    return {
      sql: `${column} IN (SELECT m.${t} FROM ${sqlName(membership.table)} m WHERE m.${u} = (SELECT auth.uid()))`,
    };
  }
  // The probe did not say which table links users to tenants: name the likely one.
  const base = tenantColumn.replace(/_id$/, '');
  const guessed = `${splitQualified(table.name).schema}.${base === tenantColumn ? 'tenant' : base}_members`;
  return {
    sql: `${column} IN (SELECT m.${sqlIdent(tenantColumn)} FROM ${sqlName(guessed)} m WHERE m.user_id = (SELECT auth.uid()))`,
    note: `-- ${guessed}: the table linking users to their tenants; use yours if it is named otherwise`,
  };
}

function policyName(table: string, suffix: string): string {
  return sqlIdent(`${splitQualified(table).name}_${suffix}`);
}

/** `schema.name`, each part quoted only when it has to be. */
function sqlName(qualified: string): string {
  const { schema, name } = splitQualified(qualified);
  return `${sqlIdent(schema)}.${sqlIdent(name)}`;
}

/** A name as written in SQL: bare when Postgres reads it back unchanged, else quoted. */
function sqlIdent(name: string): string {
  const quoted = quoteIdent(name);
  if (!/^[a-z_][a-z0-9_$]*$/.test(name)) return quoted;
  try {
    // Keywords that may name a column or table (unreserved, column-name) stay bare.
    const [token, ...rest] = scanSync(name).tokens;
    return rest.length === 0 && (token?.keywordKind ?? 4) <= 2 ? name : quoted;
  } catch {
    return quoted;
  }
}
