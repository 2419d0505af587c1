import type { FuncCall } from 'libpg-query';
import { nameParts } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';

/**
 * What touches the database host, or needs a superuser that a Supabase project does not have:
 * server-side COPY, file and configuration functions, untrusted languages, ALTER SYSTEM,
 * SUPERUSER roles and LOAD. Pure: the lint rule reports these, and staging refuses to run them.
 */
export interface HostAccess {
  /** What the statement does, e.g. `COPY ... FROM PROGRAM runs a shell command on the database server`. */
  what: string;
  /** The privilege Postgres requires for it. */
  needs: string;
  /** Why Supabase refuses it, or why it is dangerous where it runs. */
  risk: string;
  /** What to write instead. */
  fix: string;
  /** Byte offset of the node in the SQL it was parsed from (see `body`), when known. */
  location?: number;
  /** Set when the node came from a SQL function's string body: `location` counts from its start. */
  body?: string;
}

/**
 * Built-in functions that reach the database server's files or configuration: restricted to
 * superusers (or roles granted them), which a Supabase project's postgres role is not.
 */

type Described = Omit<HostAccess, 'location' | 'body'>;
type Describe = (call: FuncCall) => Described;

const SERVER_FILE_NEEDS = 'superuser, the pg_read_server_files role or a GRANT EXECUTE on it';
const FILE_DATA_FIX =
  'Put the data in the migration (INSERT ... VALUES) or in supabase/seed.sql, or read the file in the application or an Edge Function and insert the rows.';
const FILE_RISK =
  "Supabase's postgres role has none of these, so the migration fails there; where it works, the result depends on the files of whichever host runs it, and it can read secrets (configuration, keys) into tables";

/** Built-in functions that reach the server's file system or configuration, by name. */
const HOST_FUNCTIONS = new Map<string, Describe>([
  ['pg_read_file', () => fileRead('pg_read_file() reads a file on the database server')],
  [
    'pg_read_binary_file',
    () => fileRead('pg_read_binary_file() reads a file on the database server'),
  ],
  ['pg_ls_dir', () => fileRead('pg_ls_dir() lists a directory on the database server')],
  [
    'pg_stat_file',
    () => fileRead("pg_stat_file() reads a file's size and times on the database server"),
  ],
  ['lo_import', (call) => largeObject(`lo_import(${fileArg(call, 0)}) reads a file`, 'into')],
  ['lo_export', (call) => largeObject(`lo_export(..., ${fileArg(call, 1)}) writes`, 'to')],
  [
    'pg_reload_conf',
    () => ({
      what: 'pg_reload_conf() makes the database server re-read its configuration files',
      needs: 'superuser or a GRANT EXECUTE on it',
      risk: "Supabase does not grant it, so the migration fails there: the platform owns the server's configuration, and a reload affects every session on the server",
      fix: 'Settings set with ALTER ROLE or ALTER DATABASE ... SET reach new sessions without a reload; server settings go through `supabase --experimental --project-ref <ref> postgres-config update --config name=value`, which reloads or restarts as needed.',
    }),
  ],
]);

/** Smallest argument count at which a call names a server file (`lo_export(oid, file)`). */
const FILE_ARG_COUNT: ReadonlyMap<string, number> = new Map([
  ['lo_import', 1],
  ['lo_export', 2],
]);

function fileRead(what: string): Described {
  return { what, needs: SERVER_FILE_NEEDS, risk: FILE_RISK, fix: FILE_DATA_FIX };
}

function largeObject(call: string, direction: 'into' | 'to'): Described {
  return {
    what:
      direction === 'into'
        ? `${call} on the database server into a large object`
        : `${call} a large object to a file on the database server`,
    needs: 'superuser or a GRANT EXECUTE on it',
    risk: "Supabase's postgres role has neither, so the migration fails there; where it works it reads or overwrites any file the database's operating-system user can",
    fix: "Use psql's \\lo_import and \\lo_export, which work on the client's files, or keep files in Supabase Storage rather than in large objects.",
  };
}

function fileArg(call: FuncCall, index: number): string {
  const value = nodeAs(call.args?.[index], 'A_Const')?.sval?.sval;
  return value === undefined ? 'file' : `'${value}'`;
}

/** A call of a built-in function that reaches the server's files or configuration. */
export function serverFunctionAccess(call: FuncCall): HostAccess | undefined {
  const parts = nameParts(call.funcname);
  // Only the built-in: a call qualified with another schema names a function of its own.
  if (parts.length > 2 || (parts.length === 2 && parts[0] !== 'pg_catalog')) return undefined;
  const name = parts.at(-1) ?? '';
  const access = HOST_FUNCTIONS.get(name);
  if (!access || (call.args?.length ?? 0) < (FILE_ARG_COUNT.get(name) ?? 0)) return undefined;
  const at = call.location;
  return { ...access(call), ...(at === undefined || at < 0 ? {} : { location: at }) };
}
