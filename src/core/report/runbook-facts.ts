import type { AlterTableCmd, Constraint, Node, ScanToken } from 'libpg-query';
import { scanSync } from '../sql/pg-query.ts';
import type { ForeignKeyShape } from '../checks/check-queries.ts';
import { transactionBlockForbidden } from '../locks/transaction-block.ts';
import {
  nameParts,
  type QualifiedName,
  qualify,
  rangeVarName,
  splitQualified,
} from '../sql/names.ts';
import { parseSql } from '../sql/parse-sql.ts';
import { nodeAs } from '../sql/statement.ts';

/**
 * What one statement of a report does, as far as a runbook needs it: read again from the SQL
 * the report carries (the report keeps text, not syntax trees). Unqualified names resolve to
 * `public`, the schema Supabase migrations run in.
 */
export interface StatementFacts {
  /** Transaction control written in the file: a unit boundary, not a step of its own. */
  control?: 'begin' | 'commit';
  /** The command Postgres refuses inside a transaction block, e.g. `CREATE INDEX CONCURRENTLY`. */
  alone?: string;
  createdTables: QualifiedName[];
  indexes: CreatedIndex[];
  notValid: NotValidConstraint[];
  validated: NamedConstraint[];
  setNotNull: TableColumn[];
  /** ADD COLUMN ... NOT NULL (or PRIMARY KEY) with nothing to fill existing rows. */
  requiredColumns: TableColumn[];
  rlsEnabled: QualifiedName[];
  policies: { table: QualifiedName; name: string }[];
}

export interface CreatedIndex {
  table: QualifiedName;
  /** `schema.name` (an index lives in its table's schema); absent when Postgres picks it. */
  name?: QualifiedName;
  concurrent: boolean;
  ifNotExists: boolean;
}

interface NamedConstraint {
  table: QualifiedName;
  name: string;
}

export interface NotValidConstraint {
  table: QualifiedName;
  name?: string;
  /** A CHECK's expression, as written. */
  check?: string;
  /** A foreign key whose referenced columns are written out. */
  foreignKey?: ForeignKeyShape;
}

interface TableColumn {
  table: QualifiedName;
  column: string;
}

const DEFAULT_SCHEMA = 'public';

function emptyFacts(): StatementFacts {
  return {
    createdTables: [],
    indexes: [],
    notValid: [],
    validated: [],
    setNotNull: [],
    requiredColumns: [],
    rlsEnabled: [],
    policies: [],
  };
}

/** Facts of a statement's SQL; none when it cannot be parsed (a syntax error is reported elsewhere). */
export function statementFacts(sql: string): StatementFacts {
  const facts = emptyFacts();
  const node = parsedNode(sql);
  if (!node) return facts;
  const control = nodeAs(node, 'TransactionStmt')?.kind;
  if (control === 'TRANS_STMT_BEGIN' || control === 'TRANS_STMT_START') facts.control = 'begin';
  if (control === 'TRANS_STMT_COMMIT') facts.control = 'commit';
  const alone = transactionBlockForbidden(node);
  if (alone) facts.alone = alone;

  const create = nodeAs(node, 'CreateStmt');
  if (create) facts.createdTables.push(rangeVarName(create.relation, DEFAULT_SCHEMA));
  const index = nodeAs(node, 'IndexStmt');
  if (index) {
    const table = rangeVarName(index.relation, DEFAULT_SCHEMA);
    facts.indexes.push({
      table,
      ...(index.idxname ? { name: qualify(splitQualified(table).schema, index.idxname) } : {}),
      concurrent: index.concurrent === true,
      ifNotExists: index.if_not_exists === true,
    });
  }
  const policy = nodeAs(node, 'CreatePolicyStmt');
  if (policy?.policy_name) {
    facts.policies.push({
      table: rangeVarName(policy.table, DEFAULT_SCHEMA),
      name: policy.policy_name,
    });
  }
  const alter = nodeAs(node, 'AlterTableStmt');
  if (alter && alter.objtype === 'OBJECT_TABLE') {
    const table = rangeVarName(alter.relation, DEFAULT_SCHEMA);
    for (const item of alter.cmds ?? []) {
      const cmd = nodeAs(item, 'AlterTableCmd');
      if (cmd) alterFacts(facts, table, cmd, sql);
    }
  }
  return facts;
}

function alterFacts(facts: StatementFacts, table: QualifiedName, cmd: AlterTableCmd, sql: string) {
  switch (cmd.subtype) {
    case 'AT_AddConstraint': {
      const con = nodeAs(cmd.def, 'Constraint');
      if (con?.skip_validation) facts.notValid.push(notValidOf(table, con, sql));
      break;
    }
    case 'AT_ValidateConstraint':
      if (cmd.name) facts.validated.push({ table, name: cmd.name });
      break;
    case 'AT_SetNotNull':
      if (cmd.name) facts.setNotNull.push({ table, column: cmd.name });
      break;
    case 'AT_EnableRowSecurity':
      facts.rlsEnabled.push(table);
      break;
    case 'AT_AddColumn': {
      const def = nodeAs(cmd.def, 'ColumnDef');
      const kinds = (def?.constraints ?? []).map((c) => nodeAs(c, 'Constraint')?.contype);
      const notNull = kinds.includes('CONSTR_NOTNULL') || kinds.includes('CONSTR_PRIMARY');
      const filled =
        kinds.includes('CONSTR_DEFAULT') ||
        kinds.includes('CONSTR_IDENTITY') ||
        kinds.includes('CONSTR_GENERATED');
      if (def?.colname && notNull && !filled) {
        facts.requiredColumns.push({ table, column: def.colname });
      }
      break;
    }
  }
}

function notValidOf(table: QualifiedName, con: Constraint, sql: string): NotValidConstraint {
  const found: NotValidConstraint = { table, ...(con.conname ? { name: con.conname } : {}) };
  if (con.contype === 'CONSTR_CHECK') {
    const check = checkExpressionText(sql, con.location ?? 0);
    if (check) found.check = check;
  }
  if (con.contype === 'CONSTR_FOREIGN') {
    const columns = nameParts(con.fk_attrs);
    const parentColumns = nameParts(con.pk_attrs);
    // Without the referenced columns written out they are the parent's primary key, which the
    // report does not know: no orphan query then, rather than a guessed one.
    if (columns.length > 0 && parentColumns.length === columns.length && con.pktable) {
      found.foreignKey = {
        child: table,
        columns,
        parent: rangeVarName(con.pktable, DEFAULT_SCHEMA),
        parentColumns,
        matchType: con.fk_matchtype ?? 's',
      };
    }
  }
  return found;
}

/**
 * The text between the parentheses of the first CHECK at or after byte `from`, found with
 * Postgres's own scanner so strings and comments inside cannot unbalance the parentheses.
 */
function checkExpressionText(sql: string, from: number): string | undefined {
  const tokens = scannedTokens(sql);
  const at = tokens.findIndex((t) => t.start >= from && t.text.toLowerCase() === 'check');
  const open = tokens[at + 1];
  if (at < 0 || open?.text !== '(') return undefined;
  let depth = 0;
  for (const token of tokens.slice(at + 1)) {
    if (token.text === '(') depth++;
    if (token.text === ')') depth--;
    if (depth === 0) {
      const bytes = new TextEncoder().encode(sql).slice(open.end, token.start);
      return new TextDecoder().decode(bytes).trim();
    }
  }
  return undefined;
}

function scannedTokens(sql: string): ScanToken[] {
  try {
    return scanSync(sql).tokens;
  } catch {
    return [];
  }
}

function parsedNode(sql: string): Node | undefined {
  try {
    return parseSql(sql).statements[0]?.node;
  } catch {
    // The parser's WebAssembly module is not loaded (a report read back from JSON without a
    // lint run): the runbook then goes without what the SQL says, rather than failing.
    return undefined;
  }
}
