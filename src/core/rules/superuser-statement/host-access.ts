import type { CopyStmt, Node } from 'libpg-query';
import { nameParts } from '../../sql/names.ts';
import { parsePlpgsqlBody } from '../../sql/plpgsql.ts';
import type { PlpgsqlBody } from '../../sql/plpgsql-body.ts';
import { type NodeKind, nodeAs } from '../../sql/statement.ts';
import { walkNodes } from '../../sql/walk.ts';
import { type HostAccess, serverFunctionAccess } from './server-functions.ts';
import { optionString, sqlFunctionBody, parseStatements } from '../../sql/function-body.ts';

/** Languages whose functions run outside Postgres's permission checks, by the language they run. */
const UNTRUSTED_LANGUAGES: ReadonlyMap<string, string> = new Map([
  ['plpythonu', 'Python'],
  ['plpython2u', 'Python'],
  ['plpython3u', 'Python'],
  ['plperlu', 'Perl'],
  ['pltclu', 'Tcl'],
  ['plluau', 'Lua'],
  ['plr', 'R'],
  ['plsh', 'shell scripts'],
]);

/** Everything in one parsed node, nested expressions and SQL function bodies included. */
export function hostAccessesIn(root: Node): HostAccess[] {
  const found: HostAccess[] = [];
  walkNodes(root, (node, kind) => {
    if (!HOST_ACCESS_KINDS.has(kind)) return true;
    const access = hostAccessOf(node);
    if (access) found.push(access);
    const fn = nodeAs(node, 'CreateFunctionStmt');
    const body = fn ? sqlFunctionBody(fn.options) : undefined;
    if (body !== undefined) {
      for (const inner of parseStatements(body)) {
        for (const a of hostAccessesIn(inner)) found.push({ ...a, body: a.body ?? body });
      }
    }
    return true;
  });
  return found;
}

/** The kinds of node `hostAccessOf` reads; the walk passes every other node by. */
const HOST_ACCESS_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'FuncCall',
  'CopyStmt',
  'AlterSystemStmt',
  'CreateExtensionStmt',
  'CreatePLangStmt',
  'CreateFunctionStmt',
  'DoStmt',
  'AlterRoleStmt',
  'CreateRoleStmt',
  'LoadStmt',
  'CreateEventTrigStmt',
]);

function hostAccessOf(node: Node): HostAccess | undefined {
  const call = nodeAs(node, 'FuncCall');
  if (call) return serverFunctionAccess(call);
  const copy = nodeAs(node, 'CopyStmt');
  if (copy) return copyAccess(copy);
  if (nodeAs(node, 'AlterSystemStmt')) {
    return {
      what: "ALTER SYSTEM rewrites postgresql.auto.conf, the database server's configuration file",
      needs: 'superuser (or, from Postgres 15, GRANT ALTER SYSTEM ON PARAMETER)',
      risk: 'Supabase refuses it, so the migration fails there: the platform manages server settings, and a server setting would apply to every database on the server, not to this schema',
      fix: "Per role or database: ALTER ROLE authenticated SET statement_timeout = '8s'; or ALTER DATABASE postgres SET ...; server settings with `supabase --experimental --project-ref <ref> postgres-config update --config name=value`.",
    };
  }
  const extension = nodeAs(node, 'CreateExtensionStmt');
  const runs = UNTRUSTED_LANGUAGES.get(extension?.extname?.toLowerCase() ?? '');
  if (extension && runs) {
    return untrustedLanguage(
      `CREATE EXTENSION ${extension.extname} installs an untrusted language: code written in it runs ${runs} with the operating-system rights of the database server (files, network, processes)`,
    );
  }
  const language = nodeAs(node, 'CreatePLangStmt');
  if (language && (language.plhandler?.length ?? 0) > 0) {
    return {
      what: `CREATE LANGUAGE ${language.plname} HANDLER ... registers a procedural language implemented by C handler functions`,
      needs: 'superuser',
      risk: "Supabase's postgres role is not one, so the migration fails there",
      fix: 'Use a language the project already has (SQL, plpgsql), or an extension Supabase ships: CREATE EXTENSION name WITH SCHEMA extensions.',
    };
  }
  const fn = nodeAs(node, 'CreateFunctionStmt');
  if (fn) {
    const head = `CREATE ${fn.is_procedure ? 'PROCEDURE' : 'FUNCTION'} ${nameParts(fn.funcname).join('.')}`;
    return functionLanguageAccess(head, fn.options);
  }
  const block = nodeAs(node, 'DoStmt');
  if (block) return functionLanguageAccess(undefined, block.args);
  const role = roleWithSuperuser(node);
  if (role) {
    return {
      what: role,
      needs: 'superuser',
      risk: 'Supabase lists ALTER USER ... WITH SUPERUSER among its unsupported operations, so the migration fails there; a superuser passes every permission check and row level security and can run code on the host',
      fix: 'Grant only what the role needs: GRANT SELECT, INSERT ON public.table_name TO role_name; GRANT USAGE ON SCHEMA schema_name TO role_name; or GRANT an existing role to it.',
    };
  }
  const eventTrigger = nodeAs(node, 'CreateEventTrigStmt');
  if (eventTrigger) {
    const fn = nameParts(eventTrigger.funcname).join('.');
    return {
      what: `CREATE EVENT TRIGGER ${eventTrigger.trigname ?? ''} ON ${eventTrigger.eventname ?? ''} makes ${fn}() run inside every later DDL statement of every session, the statements of later migrations included`,
      needs: 'superuser (on Supabase, the postgres role through supautils)',
      risk: 'what it does then happens inside later migrations without being written in them, so their checks and their reviewers never see it, and an error in it fails every DDL statement of the project',
      fix: 'Write what the trigger would do into the migrations that need it, where it is checked and reviewed with them; for an audit of schema changes, read the migration history (supabase_migrations.schema_migrations) instead.',
    };
  }
  const load = nodeAs(node, 'LoadStmt');
  if (load) {
    return {
      what: `LOAD '${load.filename ?? ''}' loads a shared library from the database server into the session`,
      needs: 'superuser, unless the library is in $libdir/plugins',
      risk: "a migration has no use for it, as the library stays loaded only in the migration's own session, so nothing changes for the application, and a library is machine code running inside the server",
      fix: "Enable the feature as an extension (CREATE EXTENSION name WITH SCHEMA extensions); preloaded modules such as auto_explain are configured per role: ALTER ROLE postgres SET auto_explain.log_min_duration = '1s';",
    };
  }
  return undefined;
}

function copyAccess(copy: CopyStmt): HostAccess | undefined {
  const table = copy.relation
    ? [copy.relation.schemaname, copy.relation.relname].filter(Boolean).join('.')
    : undefined;
  if (copy.is_program) {
    return {
      what: copy.is_from
        ? 'COPY ... FROM PROGRAM runs a shell command on the database server and loads its output'
        : 'COPY ... TO PROGRAM pipes rows into a shell command on the database server',
      needs: 'superuser or the pg_execute_server_program role',
      risk: 'Supabase gives neither to its postgres role (its documentation lists COPY ... FROM PROGRAM as unsupported), so the migration fails there; wherever it does run, it executes any command as the operating-system user of the database',
      fix: copy.is_from ? loadFix(table) : EXPORT_FIX,
    };
  }
  if (copy.filename === undefined) return undefined;
  return {
    what: copy.is_from
      ? `COPY ... FROM '${copy.filename}' reads a file on the database server`
      : `COPY ... TO '${copy.filename}' writes a file on the database server`,
    needs: `superuser or the ${copy.is_from ? 'pg_read_server_files' : 'pg_write_server_files'} role`,
    risk: `Supabase's postgres role has neither, so the migration fails there; the file would have to be on the database host, not in your repository, and where it runs it can ${copy.is_from ? 'read' : 'overwrite'} any file the database's operating-system user can`,
    fix: copy.is_from ? loadFix(table) : EXPORT_FIX,
  };
}

const EXPORT_FIX =
  "A migration should not export data. To export, run from the client: \\copy (SELECT ...) TO 'rows.csv' WITH (FORMAT csv) in psql, or COPY (SELECT ...) TO STDOUT.";

function loadFix(table: string | undefined): string {
  const target = table ?? 'table_name';
  return `Load the rows from the client: \\copy ${target} FROM 'rows.csv' WITH (FORMAT csv) in psql, or COPY ${target} FROM STDIN fed by your loader; for fixed reference data, INSERT ... VALUES in the migration or in supabase/seed.sql (run by supabase db reset).`;
}

/** `CREATE FUNCTION ... LANGUAGE c|internal|<untrusted>`, or `DO LANGUAGE <untrusted>`. */
function functionLanguageAccess(
  statement: string | undefined,
  options: Node[] | undefined,
): HostAccess | undefined {
  const lang = optionString(options, 'language')?.toLowerCase();
  if (lang === undefined) return undefined;
  const head = statement === undefined ? `DO LANGUAGE ${lang}` : `${statement} LANGUAGE ${lang}`;
  if (lang === 'c' || lang === 'internal') {
    return {
      what: `${head} ${lang === 'c' ? 'loads machine code from a shared library file on the database server' : 'binds a C function built into the server'} into the Postgres process`,
      needs: 'superuser (the language is untrusted)',
      risk: "Supabase's postgres role is not one, so the migration fails there; C code bypasses every permission check, and a bug in it crashes the server",
      fix: 'Use an extension Supabase ships (CREATE EXTENSION name WITH SCHEMA extensions), or write the function in SQL or plpgsql.',
    };
  }
  const runs = UNTRUSTED_LANGUAGES.get(lang);
  if (runs === undefined) return undefined;
  return untrustedLanguage(
    `${head} runs ${runs} with the operating-system rights of the database server (files, network, processes)`,
  );
}

function untrustedLanguage(what: string): HostAccess {
  return {
    what,
    needs: 'superuser (the language is untrusted)',
    risk: 'Supabase offers no untrusted language, so the migration fails there; wherever it runs, whoever can create or change such a function controls the host',
    fix: 'Write it in SQL or plpgsql; run Python, Perl or other code outside the database (an Edge Function, a worker) and call it over HTTP with pg_net, or from the application.',
  };
}

/** `ALTER ROLE x SUPERUSER` or `CREATE ROLE x SUPERUSER`, in words; undefined otherwise. */
function roleWithSuperuser(node: Node): string | undefined {
  const alter = nodeAs(node, 'AlterRoleStmt');
  const create = nodeAs(node, 'CreateRoleStmt');
  const options = alter?.options ?? create?.options ?? [];
  const grants = options.some((o) => {
    const def = nodeAs(o, 'DefElem');
    if (def?.defname !== 'superuser') return false;
    return nodeAs(def.arg, 'Boolean')?.boolval === true || nodeAs(def.arg, 'Integer')?.ival === 1;
  });
  if (!grants) return undefined;
  if (alter) return `ALTER ROLE ${alter.role?.rolename ?? ''} SUPERUSER makes the role a superuser`;
  return `CREATE ROLE ${create?.role ?? ''} SUPERUSER creates a superuser`;
}

/** A parsed statement as `parseSql` makes it; `plpgsql` is read from `text` when absent. */
export interface HostAccessStatement {
  node: Node;
  text?: string;
  plpgsql?: PlpgsqlBody;
}

/**
 * Why staging must not execute this statement, or undefined when it may: it touches the
 * database host or needs a superuser. The SQL a DO block or a PL/pgSQL function body runs
 * counts too, nested blocks and functions included (creating such a function is harmless, but
 * staging would run its body when a later statement or trigger calls it). Dynamic SQL
 * (EXECUTE) cannot be seen into.
 */
export function hostAccessReason(statement: HostAccessStatement): string | undefined {
  const first = hostAccessesOf(statement)[0];
  return first === undefined ? undefined : `${first.what} (it needs ${first.needs})`;
}

/** Everything the statement and the PL/pgSQL body it carries would do to the host. */
function hostAccessesOf(statement: HostAccessStatement): HostAccess[] {
  const body =
    statement.plpgsql ??
    (statement.text === undefined ? undefined : plpgsqlOf(statement.node, statement.text));
  return [...hostAccessesIn(statement.node), ...bodyAccesses(body)];
}

/**
 * What the PL/pgSQL body of a DO block or function would do, read from the statement's text:
 * for the SQL a DO block runs, which carries no parsed body of its own. Locations are dropped:
 * they count from SQL the caller does not hold.
 */
export function plpgsqlAccesses(node: Node, text: string): HostAccess[] {
  return bodyAccesses(plpgsqlOf(node, text));
}

function bodyAccesses(body: PlpgsqlBody | undefined): HostAccess[] {
  return (body?.sql ?? [])
    .flatMap((sql) =>
      sql.nodes.flatMap((node) =>
        hostAccessesOf({ node, ...(sql.mode === 'statement' ? { text: sql.sql } : {}) }),
      ),
    )
    .map(({ location: _location, body: _body, ...access }) => access);
}

function plpgsqlOf(node: Node, text: string): PlpgsqlBody | undefined {
  const block = nodeAs(node, 'DoStmt');
  const fn = nodeAs(node, 'CreateFunctionStmt');
  if (!block && !fn) return undefined;
  const lang = optionString(block?.args ?? fn?.options, 'language')?.toLowerCase();
  if ((lang ?? (block ? 'plpgsql' : 'sql')) !== 'plpgsql') return undefined;
  return parsePlpgsqlBody(text, block ? 'do' : 'function', 1);
}
