import type { Node } from 'libpg-query';
import { predictLocks } from '../../locks/statement-locks.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';

/** Subcommands and commands whose whole purpose is to rewrite the table. */
const REWRITE_COMMANDS: Readonly<Record<string, string>> = {
  AT_SetTableSpace: 'ALTER TABLE ... SET TABLESPACE',
  AT_SetLogged: 'ALTER TABLE ... SET LOGGED',
  AT_SetUnLogged: 'ALTER TABLE ... SET UNLOGGED',
  AT_SetAccessMethod: 'ALTER TABLE ... SET ACCESS METHOD',
};

const FIXES: Readonly<Record<string, string>> = {
  'VACUUM FULL':
    'VACUUM (ANALYZE) table_name;  -- reclaims space for reuse without a lock; to shrink the file online use pg_repack',
  CLUSTER:
    '-- keep the table online: pg_repack --table=table_name --order-by=column, or rely on an index instead of physical order',
  'ALTER TABLE ... SET LOGGED':
    '-- copy into a new logged table in batches and swap names in a short transaction, or schedule a maintenance window',
  'ALTER TABLE ... SET UNLOGGED':
    '-- unlogged tables are emptied after a crash and not replicated; keep the table logged',
};

export const tableRewriteCommand: Rule = {
  meta: {
    id: 'table-rewrite-command',
    defaultSeverity: 'error',
    category: 'locks',
    summary:
      'VACUUM FULL, CLUSTER, SET TABLESPACE, SET LOGGED/UNLOGGED and SET ACCESS METHOD rewrite an existing table under an ACCESS EXCLUSIVE lock.',
    fix: 'Use pg_repack (online) or a maintenance window; for space reuse, plain VACUUM needs no exclusive lock.',
    predicts: 'rewrite',
  },
  statement(ctx) {
    const found = rewriteCommand(ctx.statement.node);
    if (found === undefined) return;
    const { command, node } = found;
    const rewritten = predictLocks(node, ctx.schema, ctx.options.pgVersion).filter(
      (l) =>
        l.rewrite &&
        l.relationKind === 'table' &&
        ctx.schema.table(l.relation)?.kind !== 'view' &&
        !ctx.isNew(l.relation),
    );
    const vacuum = nodeAs(node, 'VacuumStmt');
    const cluster = nodeAs(node, 'ClusterStmt');
    const everything = (vacuum && !vacuum.rels?.length) || (cluster && !cluster.relation);
    if (everything) {
      ctx.report({
        message: `${command} without a table name rewrites every ${cluster ? 'previously clustered ' : ''}table in the database, one after another, each under an ACCESS EXCLUSIVE lock that blocks all reads and writes until its copy is done.`,
        fix: FIXES[command] ?? tableRewriteCommand.meta.fix,
      });
      return;
    }
    if (rewritten.length === 0) return;
    const tables = rewritten.map((l) => l.relation).join(', ');
    ctx.report({
      message: `${command} rewrites ${tables} into new files while holding an ACCESS EXCLUSIVE lock: every read and write on ${rewritten.length > 1 ? 'these tables' : 'the table'} waits until the whole table is copied and its indexes rebuilt, and the disk needs room for a second copy.`,
      fix: FIXES[command] ?? tableRewriteCommand.meta.fix,
    });
  },
};

/**
 * The rewriting command of a statement, and the part of it to predict locks for: for ALTER
 * TABLE only the rewriting subcommand, so a volatile default beside it is left to other rules.
 */
function rewriteCommand(node: Node): { command: string; node: Node } | undefined {
  const vacuum = nodeAs(node, 'VacuumStmt');
  if (vacuum?.is_vacuumcmd) {
    const full = (vacuum.options ?? []).some((o) => nodeAs(o, 'DefElem')?.defname === 'full');
    return full ? { command: 'VACUUM FULL', node } : undefined;
  }
  if (nodeAs(node, 'ClusterStmt')) return { command: 'CLUSTER', node };
  const alter = nodeAs(node, 'AlterTableStmt');
  if (!alter || alter.objtype === 'OBJECT_INDEX') return undefined;
  for (const item of alter.cmds ?? []) {
    const subtype = nodeAs(item, 'AlterTableCmd')?.subtype;
    const command = subtype ? REWRITE_COMMANDS[subtype] : undefined;
    if (command) return { command, node: { AlterTableStmt: { ...alter, cmds: [item] } } };
  }
  return undefined;
}
