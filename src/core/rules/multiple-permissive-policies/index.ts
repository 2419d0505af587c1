import type { PolicyModel } from '../../schema/schema-model.ts';
import type { QualifiedName } from '../../sql/names.ts';
import {
  type ChangedPolicy,
  commandsOf,
  isRlsBypassRole,
  policiesChangedInFile,
  ROW_COMMANDS,
  type RowCommand,
} from '../shared/policy-statements.ts';
import type { Rule } from '../rule.ts';

/** Permissive policies that all apply to one role and command. */
interface Overlap {
  role: string;
  command: RowCommand;
  policies: PolicyModel[];
}

export const multiplePermissivePolicies: Rule = {
  meta: {
    id: 'multiple-permissive-policies',
    defaultSeverity: 'warning',
    advisor: { lint: '0006_multiple_permissive_policies', level: 'WARN' },
    category: 'tenancy',
    summary:
      'More than one permissive policy for the same role and command: Postgres evaluates each of them for every row and ORs the results.',
    fix: `-- one policy per role and command, with the conditions OR'ed inside it:
CREATE POLICY "members or public read documents" ON public.documents FOR SELECT TO authenticated
  USING (is_public OR workspace_id IN (SELECT m.workspace_id FROM public.workspace_members m WHERE m.user_id = (SELECT auth.uid())));`,
  },
  fileEnd(ctx) {
    const byTable = new Map<QualifiedName, ChangedPolicy[]>();
    for (const changed of policiesChangedInFile(ctx)) {
      byTable.set(changed.table, [...(byTable.get(changed.table) ?? []), changed]);
    }
    for (const [table, changed] of byTable) {
      const model = ctx.schema.table(table);
      if (!model) continue;
      const touched = new Set(changed.map((c) => c.policy));
      // Only overlaps this file takes part in: an old overlap is not reported in every file.
      const overlaps = overlapsOf([...model.policies.values()]).filter((o) =>
        o.policies.some((p) => touched.has(p)),
      );
      if (overlaps.length === 0) continue;
      const involved = new Set(overlaps.flatMap((o) => o.policies));
      const at = [...changed].reverse().find((c) => involved.has(c.policy))?.at;
      if (!at) continue;
      const described = describe(overlaps);
      ctx.report(at.statement, {
        line: at.line,
        message: `${table} has several permissive policies for ${described}: Postgres evaluates every one of them for each row and ORs the results, so each extra policy adds its cost to every query on the table.`,
        fix: `-- merge them into one policy per role and command, OR-ing their conditions, e.g.\nCREATE POLICY "<merged>" ON ${table} FOR ${overlaps[0]?.command.toUpperCase() ?? 'SELECT'} TO ${overlaps[0]?.role ?? 'authenticated'}\n  USING ((<condition of the first>) OR (<condition of the second>));`,
      });
    }
  },
};

/**
 * Role and command pairs served by more than one permissive policy. ALL stands for the four
 * commands; PUBLIC for every role, so it overlaps with each named role.
 */
function overlapsOf(policies: PolicyModel[]): Overlap[] {
  const permissive = policies.filter((p) => p.permissive);
  const named = new Set(
    permissive.flatMap((p) => p.roles).filter((r) => r !== 'public' && !isRlsBypassRole(r)),
  );
  const overlaps: Overlap[] = [];
  for (const command of ROW_COMMANDS) {
    const forCommand = permissive.filter((p) => commandsOf(p).includes(command));
    const publicOnes = forCommand.filter((p) => p.roles.includes('public'));
    if (publicOnes.length > 1) overlaps.push({ role: 'public', command, policies: publicOnes });
    for (const role of named) {
      const applying = forCommand.filter(
        (p) => p.roles.includes(role) || p.roles.includes('public'),
      );
      // Only public policies: already reported for public.
      if (applying.length > 1 && applying.some((p) => !p.roles.includes('public'))) {
        overlaps.push({ role, command, policies: applying });
      }
    }
  }
  return overlaps;
}

/** One phrase per role and set of policies, listing the commands they share. */
function describe(overlaps: Overlap[]): string {
  const groups = new Map<string, { role: string; names: string; commands: string[] }>();
  for (const o of overlaps) {
    const names = o.policies.map((p) => `"${p.name}"`).join(', ');
    const key = `${o.role}\u0000${names}`;
    const group = groups.get(key) ?? { role: o.role, names, commands: [] };
    group.commands.push(o.command.toUpperCase());
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(
      (g) =>
        `${g.role === 'public' ? 'every role' : g.role} on ${g.commands.join(', ')} (${g.names})`,
    )
    .join('; ');
}
