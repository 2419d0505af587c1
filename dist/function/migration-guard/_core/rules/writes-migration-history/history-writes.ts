import type { Node, RangeVar } from 'libpg-query';
import { parsePlpgsqlBody } from '../../sql/plpgsql.ts';
import type { PlpgsqlBody } from '../../sql/plpgsql-body.ts';
import { mayName } from '../../sql/may-name.ts';
import { nodeAs } from '../../sql/statement.ts';
import { walkNodes } from '../../sql/walk.ts';
import { optionString, sqlFunctionBody, parseStatements } from '../../sql/function-body.ts';

/**
 * Schemas a migration must not change: the Supabase CLI's history (a row there makes a real
 * migration of that version be skipped as applied) and the edge function's own audit schema
 * (deleting a used request id makes a signed request acceptable again).
 */
const PROTECTED_SCHEMAS: readonly string[] = ['supabase_migrations', 'migration_guard'];

/** One change a statement makes to a protected schema. Pure: the rule and the engine share it. */
export interface HistoryWrite {
  /** What it does, e.g. `INSERT INTO supabase_migrations.schema_migrations`. */
  what: string;
  schema: string;
  /** File line, for SQL inside a PL/pgSQL body; the statement's own line otherwise. */
  line?: number;
}

/** Statement kinds that change their target, with the fields that name it. */
const TARGETS: Readonly<Record<string, { verb: string; fields: readonly string[] }>> = {
  InsertStmt: { verb: 'INSERT INTO', fields: ['relation'] },
  UpdateStmt: { verb: 'UPDATE', fields: ['relation'] },
  DeleteStmt: { verb: 'DELETE FROM', fields: ['relation'] },
  MergeStmt: { verb: 'MERGE INTO', fields: ['relation'] },
  TruncateStmt: { verb: 'TRUNCATE', fields: ['relations'] },
  AlterTableStmt: { verb: 'ALTER', fields: ['relation'] },
  CreateStmt: { verb: 'CREATE TABLE', fields: ['relation'] },
  IndexStmt: { verb: 'CREATE INDEX ON', fields: ['relation'] },
  ViewStmt: { verb: 'CREATE VIEW', fields: ['view'] },
  IntoClause: { verb: 'CREATE TABLE ... AS', fields: ['rel'] },
  CreateSeqStmt: { verb: 'CREATE SEQUENCE', fields: ['sequence'] },
  AlterSeqStmt: { verb: 'ALTER SEQUENCE', fields: ['sequence'] },
  CreateTrigStmt: { verb: 'CREATE TRIGGER ON', fields: ['relation'] },
  RuleStmt: { verb: 'CREATE RULE ON', fields: ['relation'] },
  CreatePolicyStmt: { verb: 'CREATE POLICY ON', fields: ['table'] },
  AlterPolicyStmt: { verb: 'ALTER POLICY ON', fields: ['table'] },
  RefreshMatViewStmt: { verb: 'REFRESH MATERIALIZED VIEW', fields: ['relation'] },
  CreateFunctionStmt: { verb: 'CREATE FUNCTION', fields: ['funcname'] },
  AlterFunctionStmt: { verb: 'ALTER FUNCTION', fields: ['func'] },
  CreateEnumStmt: { verb: 'CREATE TYPE', fields: ['typeName'] },
  AlterEnumStmt: { verb: 'ALTER TYPE', fields: ['typeName'] },
  CompositeTypeStmt: { verb: 'CREATE TYPE', fields: ['typevar'] },
  CreateDomainStmt: { verb: 'CREATE DOMAIN', fields: ['domainname'] },
  AlterDomainStmt: { verb: 'ALTER DOMAIN', fields: ['typeName'] },
  RenameStmt: { verb: 'RENAME', fields: ['relation', 'object'] },
  AlterObjectSchemaStmt: { verb: 'ALTER ... SET SCHEMA', fields: ['relation', 'object'] },
  AlterOwnerStmt: { verb: 'ALTER ... OWNER TO', fields: ['relation', 'object'] },
  DropStmt: { verb: 'DROP', fields: ['objects'] },
  GrantStmt: { verb: 'GRANT/REVOKE on', fields: ['objects'] },
  CommentStmt: { verb: 'COMMENT ON', fields: ['object'] },
};

/** Fields holding one qualified name as a list of strings, not a list of targets. */
const NAME_LIST_FIELDS = new Set(['funcname', 'typeName', 'domainname']);

/** Every change to a protected schema in one parsed node, SQL function bodies included. */
function historyWritesIn(root: Node): HistoryWrite[] {
  const found: HistoryWrite[] = [];
  walkNodes(root, (node, kind) => {
    for (const write of writesOfNode(node, kind)) found.push(write);
    const fn = nodeAs(node, 'CreateFunctionStmt');
    const body = fn ? sqlFunctionBody(fn.options) : undefined;
    if (body !== undefined)
      for (const inner of parseStatements(body)) found.push(...historyWritesIn(inner));
    return true;
  });
  return found;
}

/** A statement as `parseSql` makes it; `plpgsql` is read from `text` when absent. */
export interface HistoryWriteStatement {
  node: Node;
  text?: string;
  line?: number;
  plpgsql?: PlpgsqlBody;
}

/**
 * Every change the statement makes to a protected schema, with what a DO block or a PL/pgSQL
 * function body it carries would do (nested blocks and functions included). Dynamic SQL
 * (EXECUTE) and unqualified names under `SET search_path` cannot be seen.
 */
export function historyWritesOf(statement: HistoryWriteStatement): HistoryWrite[] {
  // A statement whose text cannot name a protected schema writes none: most are skipped here.
  if (statement.text !== undefined && !mayName(statement.text, PROTECTED_SCHEMAS)) return [];
  const body =
    statement.plpgsql ??
    (statement.text === undefined
      ? undefined
      : plpgsqlOf(statement.node, statement.text, statement.line ?? 1));
  const own = historyWritesIn(statement.node);
  const inBody = (body?.sql ?? []).flatMap((sql) =>
    sql.nodes.flatMap((node) =>
      historyWritesOf({
        node,
        line: sql.line,
        ...(sql.mode === 'statement' ? { text: sql.sql } : {}),
      }).map((w) => ({ ...w, line: w.line ?? sql.line })),
    ),
  );
  return [...own, ...inBody];
}

function writesOfNode(node: Node, kind: string): HistoryWrite[] {
  const fields = (node as unknown as Record<string, Record<string, unknown>>)[kind] ?? {};
  const found: HistoryWrite[] = [];
  const add = (verb: string, name: string | undefined, schema: string | undefined) => {
    if (schema !== undefined && PROTECTED_SCHEMAS.includes(schema))
      found.push({ what: `${verb} ${name ?? schema}`, schema });
  };
  const schemaStrings = (value: unknown, verb: string) => {
    for (const item of Array.isArray(value) ? value : []) {
      const name = nodeAs(item as Node, 'String')?.sval;
      add(verb, `schema ${name}`, name);
    }
  };

  const copy = nodeAs(node, 'CopyStmt');
  if (copy) {
    if (copy.is_from && copy.relation) {
      const name = qualifiedName(copy.relation);
      add('COPY ... FROM into', name?.text, name?.schema);
    }
    return found;
  }
  const schema = nodeAs(node, 'CreateSchemaStmt');
  if (schema) {
    add('CREATE SCHEMA', `schema ${schema.schemaname}`, schema.schemaname);
    return found;
  }
  const defaults = nodeAs(node, 'AlterDefaultPrivilegesStmt');
  if (defaults) {
    for (const option of defaults.options ?? []) {
      const def = nodeAs(option, 'DefElem');
      if (def?.defname === 'schemas')
        schemaStrings(nodeAs(def.arg, 'List')?.items, 'ALTER DEFAULT PRIVILEGES IN');
    }
    return found;
  }
  const target = TARGETS[kind];
  if (!target) return found;
  const schemaObjects =
    (kind === 'DropStmt' && fields['removeType'] === 'OBJECT_SCHEMA') ||
    (kind === 'GrantStmt' &&
      (fields['objtype'] === 'OBJECT_SCHEMA' || fields['targtype'] === 'ACL_TARGET_ALL_IN_SCHEMA'));
  if (schemaObjects) {
    schemaStrings(fields['objects'], target.verb);
    return found;
  }
  if (kind === 'RenameStmt' && fields['renameType'] === 'OBJECT_SCHEMA') {
    for (const name of [fields['subname'], fields['newname']])
      if (typeof name === 'string') add('ALTER SCHEMA ... RENAME', `schema ${name}`, name);
    return found;
  }
  if (kind === 'AlterObjectSchemaStmt' && typeof fields['newschema'] === 'string')
    add('ALTER ... SET SCHEMA', `schema ${fields['newschema']}`, fields['newschema']);
  for (const field of target.fields) {
    const value = fields[field];
    const names = NAME_LIST_FIELDS.has(field)
      ? [stringList(value)]
      : (Array.isArray(value) ? value : [value]).map((item) => qualifiedName(item));
    for (const name of names) add(target.verb, name?.text, name?.schema);
  }
  return found;
}

interface QualifiedName {
  schema: string | undefined;
  text: string;
}

/** The schema a name is qualified with, for the node shapes that name objects. */
function qualifiedName(value: unknown): QualifiedName | undefined {
  if (value === undefined || value === null) return undefined;
  const node = value as Node;
  // Fields typed RangeVar hold it bare, lists of relations hold it wrapped in a node.
  const bareRangeVar = 'relname' in (value as object) ? (value as RangeVar) : undefined;
  const rv = nodeAs(node, 'RangeVar') ?? bareRangeVar;
  if (rv) {
    return {
      schema: rv.schemaname,
      text: [rv.schemaname, rv.relname].filter(Boolean).join('.'),
    };
  }
  const list = nodeAs(node, 'List');
  if (list) return stringList(list.items);
  const withArgs = nodeAs(node, 'ObjectWithArgs');
  if (withArgs) return stringList(withArgs.objname);
  const typeName = nodeAs(node, 'TypeName');
  if (typeName) return stringList(typeName.names);
  // Fields typed ObjectWithArgs or TypeName hold them bare.
  const bare = value as { names?: unknown; objname?: unknown };
  if (Array.isArray(bare.objname)) return stringList(bare.objname);
  if (Array.isArray(bare.names)) return stringList(bare.names);
  return undefined;
}

/** `schema.name` (or `schema.table.object`): any qualifier that is a protected schema counts. */
function stringList(items: unknown): QualifiedName | undefined {
  if (!Array.isArray(items)) return undefined;
  const parts = items.map((i) => nodeAs(i as Node, 'String')?.sval ?? '');
  const qualifiers = parts.slice(0, -1);
  return {
    schema: qualifiers.find((p) => PROTECTED_SCHEMAS.includes(p)) ?? qualifiers[0],
    text: parts.join('.'),
  };
}

function plpgsqlOf(node: Node, text: string, line: number): PlpgsqlBody | undefined {
  const block = nodeAs(node, 'DoStmt');
  const fn = nodeAs(node, 'CreateFunctionStmt');
  if (!block && !fn) return undefined;
  const lang = optionString(block?.args ?? fn?.options, 'language')?.toLowerCase();
  if ((lang ?? (block ? 'plpgsql' : 'sql')) !== 'plpgsql') return undefined;
  return parsePlpgsqlBody(text, block ? 'do' : 'function', line);
}
