import type { Finding } from '../report/finding.ts';
import { proposedTenantPolicy } from '../rules/shared/tenant-columns.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { type QualifiedName, splitQualified } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { sqlName } from './statement-slices.ts';

/** What `rls-disabled` reports a table by (`problems` of its finding). */
const RLS_OFF = 'rls-off ';

export type RlsAddition =
  | { ok: true; table: QualifiedName; statements: string[] }
  | { ok: false; findings: Finding[]; reason: string };

/**
 * Row level security for the table an `rls-disabled` finding on `statement` names, added right
 * after that statement, in its transaction, so the table is never served without it: ENABLE
 * plus the tenant policy the tenancy model proposes. Without a confident proposal (no tenant
 * column, or no membership table to check the caller against) nothing is added: ENABLE alone
 * would deny every API client every row, an outage in place of a leak, which a person must choose.
 * A table with policies of its own gets ENABLE alone; a DISABLE the file writes is not undone.
 * `schema` is the model just after the statement.
 */
export function rlsAddition(
  statement: Statement,
  schema: SchemaModel,
  findings: readonly Finding[],
  tenantColumns: readonly string[],
  /** Tables the file creates a policy on, before or after this statement. */
  policiedInFile: ReadonlySet<QualifiedName>,
): RlsAddition | undefined {
  const here = findings.filter((f) => f.rule === 'rls-disabled' && f.statement === statement.index);
  if (here.length === 0) return undefined;
  const names = here.flatMap((f) =>
    (f.problems ?? []).filter((p) => p.startsWith(RLS_OFF)).map((p) => p.slice(RLS_OFF.length)),
  );
  const name = names[0];
  const table = name === undefined ? undefined : schema.table(name);
  if (name === undefined || table === undefined || names.length !== here.length) {
    return {
      ok: false,
      findings: here,
      reason: 'fix adds row level security only to a table the migrations create or alter',
    };
  }
  const disables = (nodeAs(statement.node, 'AlterTableStmt')?.cmds ?? []).some(
    (c) => nodeAs(c, 'AlterTableCmd')?.subtype === 'AT_DisableRowSecurity',
  );
  if (disables) {
    return {
      ok: false,
      findings: here,
      reason: `the file turns row level security off on ${name} on purpose, which fix does not undo: remove the DISABLE, or suppress the finding with the reason`,
    };
  }
  const enable = `ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;`;
  // Its own policies say who may use it: enabling RLS puts them in force, and a proposed policy
  // beside them would widen what they allow.
  if (table.policies.size > 0 || policiedInFile.has(name)) {
    const unsafe = Object.values(splitQualified(name)).find((id) => sqlName(id) !== id);
    if (unsafe === undefined) return { ok: true, table: name, statements: [enable] };
  }
  const policy = proposedTenantPolicy(schema, name, table, tenantColumns);
  if (!policy.ok) {
    return {
      ok: false,
      findings: here,
      reason: `${policy.reason}, so fix proposes no policy, and ENABLE ROW LEVEL SECURITY alone would deny every API client every row of ${name}: enable it and write the policy by hand`,
    };
  }
  // The proposal writes names bare; one that needs quoting would name another relation.
  const unsafe = policy.identifiers.find((id) => sqlName(id) !== id);
  if (unsafe !== undefined) {
    return {
      ok: false,
      findings: here,
      reason: `the name ${unsafe} needs quoting, which the proposed policy does not do: enable row level security and write the policy by hand`,
    };
  }
  return {
    ok: true,
    table: name,
    statements: [enable, policy.sql],
  };
}
