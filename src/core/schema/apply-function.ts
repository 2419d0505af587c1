import type {
  AlterFunctionStmt,
  AlterObjectSchemaStmt,
  CreateFunctionStmt,
  GrantStmt,
  Node,
} from 'libpg-query';
import { listName, nameParts } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { defaultExecuteRevokes } from './apply-privileges.ts';
import type { FunctionModel, Origin, SchemaModel } from './schema-model.ts';

/** Replay CREATE [OR REPLACE] FUNCTION/PROCEDURE: language, SECURITY DEFINER, fixed search_path. */
export function replayFunction(model: SchemaModel, stmt: CreateFunctionStmt, origin: Origin): void {
  const name = listName(stmt.funcname, model.defaultSchema);
  const previous = model.functions.get(name);
  const fn: FunctionModel = {
    schema: name.slice(0, name.indexOf('.')),
    name: name.slice(name.indexOf('.') + 1),
    language: 'sql',
    securityDefiner: false,
    fixedSearchPath: false,
    // CREATE OR REPLACE keeps the privileges of the function it replaces.
    executeGrantedTo: previous?.executeGrantedTo ?? new Set(),
    executeRevokedFrom:
      previous?.executeRevokedFrom ??
      defaultExecuteRevokes(model, name.slice(0, name.indexOf('.'))),
    createdBy: origin,
  };
  if (stmt.is_procedure) fn.procedure = true;
  const returns = nameParts(stmt.returnType?.names).at(-1);
  if (returns !== undefined) fn.returns = returns;
  applyFunctionOptions(fn, stmt.options ?? []);
  model.functions.set(name, fn);
  model.functionChanged(fn, origin);
}

export function replayAlterFunction(
  model: SchemaModel,
  stmt: AlterFunctionStmt,
  origin?: Origin,
): void {
  const fn = model.functions.get(listName(stmt.func?.objname, model.defaultSchema));
  if (!fn) return;
  applyFunctionOptions(fn, stmt.actions ?? []);
  if (origin) {
    fn.alteredBy = origin;
    model.functionChanged(fn, origin);
  }
}

function applyFunctionOptions(fn: FunctionModel, options: Node[]): void {
  for (const option of options) {
    const def = nodeAs(option, 'DefElem');
    if (!def) continue;
    if (def.defname === 'language') fn.language = nodeAs(def.arg, 'String')?.sval ?? fn.language;
    if (def.defname === 'security')
      fn.securityDefiner = nodeAs(def.arg, 'Boolean')?.boolval ?? false;
    if (def.defname === 'set') {
      const set = nodeAs(def.arg, 'VariableSetStmt');
      // SET ... TO DEFAULT and RESET drop the function's own setting; FROM CURRENT pins one.
      if (set?.name === 'search_path') {
        fn.fixedSearchPath = set.kind === 'VAR_SET_VALUE' || set.kind === 'VAR_SET_CURRENT';
      }
      if (set?.kind === 'VAR_RESET_ALL') fn.fixedSearchPath = false;
    }
  }
}

/** Replay GRANT/REVOKE EXECUTE on functions: who may call them. */
export function replayGrant(model: SchemaModel, stmt: GrantStmt, origin?: Origin): void {
  if (stmt.objtype !== 'OBJECT_FUNCTION' && stmt.objtype !== 'OBJECT_ROUTINE') return;
  const privileges = (stmt.privileges ?? []).map((p) => nodeAs(p, 'AccessPriv')?.priv_name);
  // An empty privilege list means ALL, which includes EXECUTE.
  if (privileges.length > 0 && !privileges.includes('execute')) return;
  const grantees = (stmt.grantees ?? []).flatMap((g) => {
    const spec = nodeAs(g, 'RoleSpec');
    if (!spec) return [];
    return spec.roletype === 'ROLESPEC_PUBLIC' ? ['public'] : spec.rolename ? [spec.rolename] : [];
  });
  const targets =
    stmt.targtype === 'ACL_TARGET_ALL_IN_SCHEMA'
      ? [...model.functions.values()].filter((f) =>
          (stmt.objects ?? []).some((o) => nodeAs(o, 'String')?.sval === f.schema),
        )
      : (stmt.objects ?? []).flatMap((o) => {
          const fn = model.functions.get(
            listName(nodeAs(o, 'ObjectWithArgs')?.objname, model.defaultSchema),
          );
          return fn ? [fn] : [];
        });
  for (const fn of targets) {
    if (origin) fn.privilegesChangedBy = origin;
    for (const role of grantees) {
      if (stmt.is_grant) {
        fn.executeGrantedTo.add(role);
        fn.executeRevokedFrom.delete(role);
      } else {
        fn.executeGrantedTo.delete(role);
        fn.executeRevokedFrom.add(role);
      }
    }
  }
}

/** Replay ALTER FUNCTION/PROCEDURE ... SET SCHEMA: the function moves, privileges and all. */
export function replayFunctionSchema(model: SchemaModel, stmt: AlterObjectSchemaStmt): void {
  const kinds = ['OBJECT_FUNCTION', 'OBJECT_PROCEDURE', 'OBJECT_ROUTINE'];
  if (!kinds.includes(stmt.objectType ?? '') || !stmt.newschema) return;
  const from = listName(nodeAs(stmt.object, 'ObjectWithArgs')?.objname, model.defaultSchema);
  const fn = model.functions.get(from);
  if (!fn) return;
  model.functions.delete(from);
  fn.schema = stmt.newschema;
  model.functions.set(`${fn.schema}.${fn.name}`, fn);
}
