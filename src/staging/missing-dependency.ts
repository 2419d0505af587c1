import type { Node } from 'libpg-query';
import type { MissingObject } from '../core/apply/apply-failure.ts';
import { isDatabaseError, SqlState } from '../core/db/database-port.ts';
import { preinstalledExtensions } from '../core/extensions/extension-schemas.ts';
import { supabaseExtensions } from '../core/extensions/supabase-extensions.ts';
import { nodeAs } from '../core/sql/statement.ts';
import { stoppedDatabaseCode, stoppedDatabaseMessage } from './pglite-worker-protocol.ts';

/**
 * Tells "the staging target lacks something the migration relies on" from "the migration is
 * wrong", for a statement that failed on the target.
 *
 * Missing on the target (reported as not validated, the run carries on):
 * - an extension the server does not ship (`CREATE EXTENSION pg_cron`: SQLSTATE 0A000, or
 *   58P01 on servers before 15 that look for the control file), or one an
 *   `ALTER/COMMENT ON EXTENSION` names that is not installed;
 * - a name in a schema Supabase manages (below): its services or extensions create those
 *   objects on a real project, the shim has only the basics. `auth.identities`,
 *   `cron.schedule(...)`, `net.http_post(...)`, `vault.secrets`: missing, not a bug;
 * - a role that does not exist (roles are cluster-wide; migrations rely on the platform's);
 * - a type or a function that an extension provides (`vector`, `geometry`,
 *   `gen_random_bytes(...)`, `moddatetime()`...) when that extension is absent: Supabase
 *   installs them into `extensions`, which is on every role's search path;
 * - the `supabase_realtime` publication, which Supabase creates for Realtime;
 * - a server library the target does not ship (`could not access file "$libdir/..."`), such as
 *   a feature the embedded database is built without;
 * - the embedded database itself, once it was stopped because a statement ran past
 *   `statement_timeout` (SQLSTATE 57P01): what came after was not run.
 *
 * Everything else is the migration's own failure: an unqualified or `public` table that does not
 * exist (`alter table nope ...`) was meant to be created by the migrations themselves.
 *
 * The names are read from the server's message (English, as staging servers run), which is the
 * only place Postgres puts them for these errors.
 */

/** Schemas Supabase creates and fills outside the project's migrations, with their extension. */
const supabaseManagedSchemas: ReadonlyMap<string, string | null> = new Map([
  ['auth', null],
  ['storage', null],
  ['realtime', null],
  ['_realtime', null],
  ['supabase_functions', null],
  ['supabase_migrations', null],
  ['extensions', null],
  ['graphql', 'pg_graphql'],
  ['graphql_public', 'pg_graphql'],
  ['cron', 'pg_cron'],
  ['net', 'pg_net'],
  ['vault', 'supabase_vault'],
  ['pgsodium', 'pgsodium'],
  ['pgsodium_masks', 'pgsodium'],
  ['pgmq', 'pgmq'],
  ['pgbouncer', null],
]);

/** Types that only exist once an extension is created. */
const extensionTypes: ReadonlyMap<string, string> = new Map([
  ['vector', 'vector'],
  ['halfvec', 'vector'],
  ['sparsevec', 'vector'],
  ['geometry', 'postgis'],
  ['geography', 'postgis'],
  ['citext', 'citext'],
  ['hstore', 'hstore'],
  ['ltree', 'ltree'],
]);

/**
 * Functions that only exist once an extension Supabase offers is created, by name (unqualified:
 * `extensions` is on the search path). Only names no project is likely to define itself.
 */
const extensionFunctions: ReadonlyMap<string, string> = new Map([
  ...[
    'gen_random_bytes',
    'gen_salt',
    'crypt',
    'digest',
    'hmac',
    'pgp_sym_encrypt',
    'pgp_sym_decrypt',
    'pgp_sym_encrypt_bytea',
    'pgp_sym_decrypt_bytea',
    'pgp_pub_encrypt',
    'pgp_pub_decrypt',
    'pgp_key_id',
    'armor',
    'dearmor',
    'encrypt_iv',
    'decrypt_iv',
  ].map((f): [string, string] => [f, 'pgcrypto']),
  ...[
    'uuid_generate_v1',
    'uuid_generate_v1mc',
    'uuid_generate_v3',
    'uuid_generate_v4',
    'uuid_generate_v5',
    'uuid_nil',
    'uuid_ns_dns',
    'uuid_ns_url',
    'uuid_ns_oid',
    'uuid_ns_x500',
  ].map((f): [string, string] => [f, 'uuid-ossp']),
  ...['similarity', 'word_similarity', 'strict_word_similarity', 'show_trgm', 'set_limit'].map(
    (f): [string, string] => [f, 'pg_trgm'],
  ),
  ...['levenshtein', 'levenshtein_less_equal', 'soundex', 'metaphone', 'dmetaphone'].map(
    (f): [string, string] => [f, 'fuzzystrmatch'],
  ),
  ...['http_get', 'http_post', 'http_put', 'http_patch', 'http_delete', 'http_head'].map(
    (f): [string, string] => [f, 'http'],
  ),
  ...['id_encode', 'id_decode', 'id_decode_once'].map((f): [string, string] => [f, 'pg_hashids']),
  ...[
    'json_matches_schema',
    'jsonb_matches_schema',
    'jsonschema_is_valid',
    'jsonschema_validation_errors',
  ].map((f): [string, string] => [f, 'pg_jsonschema']),
  ['unaccent', 'unaccent'],
  ['moddatetime', 'moddatetime'],
  ['crosstab', 'tablefunc'],
  ['earth_distance', 'earthdistance'],
  ['ll_to_earth', 'earthdistance'],
  ['vector_dims', 'vector'],
  ['l2_distance', 'vector'],
  ['cosine_distance', 'vector'],
  ['inner_product', 'vector'],
  ['pg_stat_statements_reset', 'pg_stat_statements'],
]);

/** The schema Supabase preinstalls `extension` into, if it does. */
function preinstalledIn(extension: string): string | undefined {
  return preinstalledExtensions.find(([name]) => name === extension)?.[1];
}

/** Publications Supabase creates for its services. */
const platformPublications: ReadonlySet<string> = new Set(['supabase_realtime']);

export type StatementFailure =
  | {
      kind: 'missing-dependency';
      /** What the target lacks, e.g. `extension pg_cron`, `table auth.identities`, `role x`. */
      missing: string;
      line: number;
      message: string;
    }
  | { kind: 'error'; line: number; message: string; code: string | null };

/**
 * Classify the error a statement raised on the target. `statement` is the one that failed
 * (its parsed node, when the parser read it, and its line in the file).
 */
export function classifyStatementFailure(
  error: unknown,
  statement: { node?: Node; line: number },
): StatementFailure {
  const message = error instanceof Error ? error.message : String(error);
  const { line } = statement;
  if (!isDatabaseError(error)) return { kind: 'error', line, message, code: null };
  const missing = missingDependency(error.code, message, statement.node);
  if (missing !== undefined) return { kind: 'missing-dependency', missing, line, message };
  return { kind: 'error', line, message, code: error.code };
}

/** What is missing, or undefined when the error is the migration's own. */
function missingDependency(code: string, message: string, node?: Node): string | undefined {
  // The embedded database was stopped after an earlier statement timed out: nothing ran.
  if (code === stoppedDatabaseCode && message === stoppedDatabaseMessage) {
    return 'the embedded database (stopped after an earlier statement timed out)';
  }
  const createExtension = nodeAs(node, 'CreateExtensionStmt');
  if (
    createExtension?.extname &&
    (code === SqlState.featureNotSupported || code === SqlState.undefinedFile)
  ) {
    // Supabase does not offer it either: the migration fails there too.
    if (!supabaseExtensions.has(createExtension.extname)) return undefined;
    return `extension ${createExtension.extname}`;
  }
  const quoted = (pattern: RegExp) => pattern.exec(message)?.[1];
  const extension = quoted(/^extension "([^"]+)" does not exist/);
  if (extension !== undefined && code === SqlState.undefinedObject) {
    return supabaseExtensions.has(extension) ? `extension ${extension}` : undefined;
  }
  const role = quoted(/^role "([^"]+)" does not exist/);
  if (role !== undefined && code === SqlState.undefinedObject) return `role ${role}`;
  const schema = quoted(/^schema "([^"]+)" does not exist/);
  if (schema !== undefined && code === invalidSchemaName) return managed('schema', schema, schema);
  const relation = quoted(/^relation "([^"]+)" does not exist/);
  if (relation !== undefined && code === SqlState.undefinedTable) {
    return managed('table', relation, schemaOf(relation));
  }
  const fn = /^function ([^(\s]+)\(/.exec(message)?.[1];
  if (fn !== undefined && code === SqlState.undefinedFunction) {
    const bare = fn.slice(fn.lastIndexOf('.') + 1).replaceAll('"', '');
    const fromExtension = extensionFunctions.get(bare);
    const schema = schemaOf(fn);
    if (fromExtension !== undefined && (schema === undefined || schema === 'extensions')) {
      // Named in the schema Supabase preinstalls the extension into, with arguments: the target
      // may have the extension in another version, whose functions take other arguments
      // (pg_stat_statements_reset(oid, oid, bigint) of Postgres 15 takes four from 17 on).
      const args = /^function [^(\s]+\(([^)]+)\)/.exec(message)?.[1];
      if (schema !== undefined && args !== undefined && preinstalledIn(fromExtension) === schema) {
        return `extension ${fromExtension} or this signature of its function, ${bare}(${args}) (a preinstalled extension's signatures change between its versions)`;
      }
      return `extension ${fromExtension} (function ${bare})`;
    }
    if (/^st_/.test(bare) && (schema === undefined || schema === 'extensions')) {
      return `extension postgis (function ${bare})`;
    }
    return managed('function', fn, schema);
  }
  const publication = quoted(/^publication "([^"]+)" does not exist/);
  if (publication !== undefined && platformPublications.has(publication)) {
    return `publication ${publication}`;
  }
  const library = quoted(/^could not (?:access file|load library) "([^"]+)"/);
  if (library !== undefined) return `server library ${library}`;
  const type = quoted(/^type "([^"]+)" does not exist/);
  if (type !== undefined && code === SqlState.undefinedObject) {
    const bare = type.slice(type.lastIndexOf('.') + 1);
    const fromExtension = extensionTypes.get(bare);
    if (fromExtension !== undefined) return `extension ${fromExtension} (type ${bare})`;
    return managed('type', type, schemaOf(type));
  }
  return undefined;
}

/**
 * What the target lacks, for an error a traced statement raised (its SQLSTATE, the server's
 * message, and the missing object the engine read from it), or undefined when the error is the
 * migration's own. `node` is the statement's syntax tree when the parser read it.
 */
export function targetLacks(
  error: { code: string; message: string; missing?: MissingObject },
  node?: Node,
): string | undefined {
  if (error.missing?.kind === 'extension' && error.missing.name !== undefined) {
    // Supabase does not offer it either: the migration fails there too.
    return supabaseExtensions.has(error.missing.name)
      ? `extension ${error.missing.name}`
      : undefined;
  }
  return missingDependency(error.code, error.message, node);
}

/** The extension a `targetLacks` description names (`extension pg_cron (schema cron)` -> `pg_cron`). */
export function extensionNamed(lacks: string): string | undefined {
  return /^extension (\S+)/.exec(lacks)?.[1];
}

const invalidSchemaName = '3F000';

function schemaOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot).replaceAll('"', '') : undefined;
}

/** `what name` when `schema` is Supabase-managed, naming the extension that provides it. */
function managed(what: string, name: string, schema: string | undefined): string | undefined {
  if (schema === undefined || !supabaseManagedSchemas.has(schema)) return undefined;
  const extension = supabaseManagedSchemas.get(schema);
  const subject = what === 'schema' ? `schema ${name}` : `${what} ${name}`;
  return extension ? `extension ${extension} (${subject})` : subject;
}
