import type { Node } from 'libpg-query';
import type { ExtensionStandIn } from '../core/extensions/stand-in.ts';
import { standInByName } from '../core/extensions/stand-ins/index.ts';
import {
  DatabaseError,
  type DatabasePort,
  type NextQuery,
  type NoticeHandler,
  type QueryOutcome,
  type QueryResult,
} from '../core/db/database-port.ts';
import { quoteIdent } from '../core/sql/quote-identifier.ts';
import { hostAccessReason } from '../core/rules/superuser-statement/host-access.ts';
import { type ParsedSql, parseSql } from '../core/sql/parse-sql.ts';
import { nodeAs } from '../core/sql/statement.ts';

/**
 * A staging target seen through Supabase's eyes: what a migration asks of the platform and the
 * server cannot give is supplied here, in the migration's own transaction, so it rolls back
 * with it.
 *
 * - `CREATE EXTENSION` of an extension Supabase offers that the server lacks (a `--db`
 *   PostgreSQL without pg_net, pg_cron, ...) installs its stand-in instead; `IF NOT EXISTS`,
 *   `WITH SCHEMA`, `CASCADE` and a second create behave as for a real extension. On PGlite the
 *   stand-ins are real extensions already (see stand-in-files.ts), so nothing is intercepted.
 * - `DROP`, `ALTER` and `COMMENT ON EXTENSION` of such a stand-in are answered as the server
 *   would answer them for the real one.
 * - A statement that would touch the host or needs a superuser Supabase does not give
 *   (`COPY ... PROGRAM`, server files, `ALTER SYSTEM`, untrusted languages; the
 *   `superuser-statement` rule reports them) is never sent: it fails with
 *   `notExecutedOnStaging`, which the report shows as not validated.
 *
 * Everything else goes to the server unchanged.
 */

/** Where installed stand-ins are remembered on a server that has no `pg_extension` row for them. */
const registry = 'migration_guard_staging.stand_ins';

export class SupabaseReplicaDatabase implements DatabasePort {
  readonly #inner: DatabasePort;
  readonly #interceptStandIns: boolean;

  /**
   * `interceptStandIns`: install stand-ins in place of `CREATE EXTENSION` (a server that cannot
   * have them as extensions); false on PGlite, where they are real extensions.
   */
  constructor(inner: DatabasePort, options: { interceptStandIns: boolean }) {
    this.#inner = inner;
    this.#interceptStandIns = options.interceptStandIns;
  }

  /** Whether `CREATE EXTENSION` of a stand-in the server lacks installs the stand-in. */
  get installsStandIns(): boolean {
    return this.#interceptStandIns;
  }

  /** The session underneath (for adapter-specific features such as PGlite's startup facts). */
  get inner(): DatabasePort {
    return this.#inner;
  }

  /**
   * The apply engine sends each statement of a migration alone through `query` (without
   * parameters): those are refused or intercepted here as in `exec`.
   */
  async query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>> {
    if ((params === undefined || params.length === 0) && (await this.#handled(sql))) {
      return { rows: [], rowCount: 0 };
    }
    return this.#inner.query<Row>(sql, params);
  }

  /**
   * `query(sql)` then `query(next)`: `sql` is refused or intercepted here first, as in `query`;
   * what goes to the server goes as one call when the session underneath offers it.
   */
  async queryThen<Row = Record<string, unknown>>(
    sql: string,
    next: NextQuery,
  ): Promise<QueryOutcome<Row>> {
    const handled = await this.#handled(sql);
    if (!handled && this.#inner.queryThen) return this.#inner.queryThen<Row>(sql, next);
    if (!handled) await this.#inner.query(sql);
    try {
      return { ok: true, result: await this.#inner.query<Row>(next.sql, next.params) };
    } catch (error) {
      return { ok: false, error };
    }
  }

  async exec(sql: string): Promise<void> {
    if (await this.#handled(sql)) return;
    await this.#inner.exec(sql);
  }

  /** Throws for a statement that touches the host; true when a stand-in took the statement. */
  async #handled(sql: string): Promise<boolean> {
    // Parsed at most once, and only when a word in the text says it may matter.
    let parsed: ParsedSql | undefined;
    const parse = (): ParsedSql => {
      parsed ??= parseSql(sql);
      return parsed;
    };
    if (mayTouchHost(sql)) {
      // Every statement of the text, not only a text of one: a seed goes to the server whole, in
      // one `exec`, and a host access second in it is as much a host access.
      for (const statement of parse().statements) {
        const reason = hostAccessReason(statement);
        if (reason !== undefined) {
          throw new DatabaseError({
            code: '42501',
            message: `${notExecutedOnStaging}: ${reason}`,
            // 1-based, as the server's: where in the text (a seed's line) the statement starts.
            position: statement.start + 1,
          });
        }
      }
    }
    if (this.#interceptStandIns && mentionsExtension(sql)) {
      const node = soleStatement(parse());
      if (node && (await this.#extensionStatement(node))) return true;
    }
    return false;
  }

  onNotice(handler: NoticeHandler): () => void {
    return this.#inner.onNotice(handler);
  }

  close(): Promise<void> {
    return this.#inner.close();
  }

  /** Handle an extension statement about a stand-in; false when the server should run it. */
  async #extensionStatement(node: Node): Promise<boolean> {
    const create = nodeAs(node, 'CreateExtensionStmt');
    if (create?.extname) {
      return this.#create(create.extname, {
        ...extensionOptions(create.options),
        ifNotExists: create.if_not_exists === true,
      });
    }
    const names = extensionNamesOf(node);
    if (names.length === 0) return false;
    const installed = await this.#installed();
    const standIns = names.filter((name) => installed.has(name));
    if (standIns.length === 0) return false;
    if (standIns.length !== names.length) {
      throw new DatabaseError({
        code: '0A000',
        message: `migration-guard cannot mix stand-in and real extensions in one statement: ${names.join(', ')}`,
      });
    }
    const drop = nodeAs(node, 'DropStmt');
    if (drop) {
      for (const name of standIns) await this.#drop(name, installed.get(name) ?? 'public');
    }
    // ALTER EXTENSION ... UPDATE / SET SCHEMA and COMMENT ON EXTENSION: nothing to change.
    return true;
  }

  async #create(name: string, options: ExtensionOptions): Promise<boolean> {
    const standIn = standInByName(name);
    if (!standIn || (await this.#serverOffers(name))) return false;
    const installed = await this.#installed();
    if (installed.has(name)) {
      if (options.ifNotExists) return true;
      throw new DatabaseError({ code: '42710', message: `extension "${name}" already exists` });
    }
    await this.#install(standIn, options, installed);
    return true;
  }

  async #install(
    standIn: ExtensionStandIn,
    options: { schema?: string; cascade: boolean },
    installed: Map<string, string>,
  ): Promise<void> {
    for (const required of standIn.requires ?? []) {
      if (installed.has(required) || (await this.#hasRealExtension(required))) continue;
      if (!options.cascade) {
        throw new DatabaseError({
          code: '42704',
          message: `required extension "${required}" is not installed`,
          hint: 'Use CREATE EXTENSION ... CASCADE to install required extensions too.',
        });
      }
      const requiredStandIn = standInByName(required);
      if (requiredStandIn && !(await this.#serverOffers(required))) {
        await this.#install(requiredStandIn, { ...options, schema: undefined }, installed);
      } else {
        const into = options.schema ? ` schema ${quoteIdent(options.schema)}` : '';
        await this.#inner.exec(`create extension if not exists ${quoteIdent(required)}${into}`);
      }
    }
    const schema = standIn.schema ?? options.schema ?? (await this.#currentSchema());
    if (standIn.schema !== undefined) {
      await this.#inner.exec(`create schema if not exists ${quoteIdent(standIn.schema)}`);
    }
    const { rows } = await this.#inner.query<{ path: string }>(
      "select current_setting('search_path') as path",
    );
    // An extension script runs with its schema first on the path, as Postgres runs it.
    await this.#inner.query("select set_config('search_path', $1, true)", [
      `${quoteIdent(schema)}, pg_temp`,
    ]);
    try {
      await this.#inner.exec(standIn.sql.replaceAll('@extschema@', quoteIdent(schema)));
    } finally {
      await this.#inner.query("select set_config('search_path', $1, true)", [rows[0]?.path ?? '']);
    }
    await this.#inner.exec(
      `create schema if not exists migration_guard_staging;
       create table if not exists ${registry} (name text primary key, schema text not null)`,
    );
    await this.#inner.query(`insert into ${registry} (name, schema) values ($1, $2)`, [
      standIn.name,
      schema,
    ]);
    installed.set(standIn.name, schema);
  }

  async #drop(name: string, schema: string): Promise<void> {
    await this.#inner.query(`delete from ${registry} where name = $1`, [name]);
    // A schema of the extension's own goes with it; a shared one (extensions, public) stays.
    if (standInByName(name)?.schema === schema) {
      await this.#inner.exec(`drop schema if exists ${quoteIdent(schema)} cascade`);
    }
  }

  async #installed(): Promise<Map<string, string>> {
    // Asked first, not caught: inside a transaction (a rolled-back run) a failed query would
    // abort it.
    const { rows: present } = await this.#inner.query<{ present: boolean }>(
      `select to_regclass('${registry}') is not null as present`,
    );
    if (!present[0]?.present) return new Map();
    const { rows } = await this.#inner.query<{ name: string; schema: string }>(
      `select name, schema from ${registry}`,
    );
    return new Map(rows.map((row) => [row.name, row.schema]));
  }

  async #serverOffers(name: string): Promise<boolean> {
    const { rows } = await this.#inner.query(
      'select 1 from pg_available_extensions where name = $1',
      [name],
    );
    return rows.length > 0;
  }

  async #hasRealExtension(name: string): Promise<boolean> {
    const { rows } = await this.#inner.query('select 1 from pg_extension where extname = $1', [
      name,
    ]);
    return rows.length > 0;
  }

  async #currentSchema(): Promise<string> {
    const { rows } = await this.#inner.query<{ schema: string | null }>(
      'select current_schema() as schema',
    );
    const schema = rows[0]?.schema;
    if (!schema) {
      throw new DatabaseError({
        code: '3F000',
        message: 'no schema has been selected to create in',
      });
    }
    return schema;
  }
}

/** How the message of a statement refused on staging starts. */
export const notExecutedOnStaging = 'not executed on staging';

/** Cheap test before parsing: words every statement `hostAccessReason` refuses contains. */
function mayTouchHost(sql: string): boolean {
  return /\b(copy|system|pg_read_file|pg_read_binary_file|pg_ls_dir|pg_stat_file|lo_import|lo_export|pg_reload_conf|load|language|extension|superuser|event)\b/i.test(
    sql,
  );
}

function mentionsExtension(sql: string): boolean {
  return /\bextension\b/i.test(sql);
}

/** The statement a text holds when it holds exactly one that parses, else undefined. */
function soleStatement(parsed: ParsedSql): Node | undefined {
  if (parsed.errors.length > 0 || parsed.statements.length !== 1) return undefined;
  return parsed.statements[0]?.node;
}

interface ExtensionOptions {
  schema?: string;
  version?: string;
  cascade: boolean;
  ifNotExists?: boolean;
}

function extensionOptions(options: Node[] | undefined): ExtensionOptions {
  const out: ExtensionOptions = { cascade: false };
  for (const option of options ?? []) {
    const def = nodeAs(option, 'DefElem');
    const value = def?.arg ? nodeAs(def.arg, 'String')?.sval : undefined;
    if (def?.defname === 'schema' && value) out.schema = value;
    if (def?.defname === 'new_version' && value) out.version = value;
    if (def?.defname === 'cascade') out.cascade = true;
  }
  return out;
}

/** The extensions a DROP / ALTER / COMMENT ON EXTENSION statement names. */
function extensionNamesOf(node: Node): string[] {
  const drop = nodeAs(node, 'DropStmt');
  if (drop?.removeType === 'OBJECT_EXTENSION') {
    return (drop.objects ?? []).flatMap((o) => {
      const name = nodeAs(o, 'String')?.sval;
      return name ? [name] : [];
    });
  }
  const alter = nodeAs(node, 'AlterExtensionStmt');
  if (alter?.extname) return [alter.extname];
  const comment = nodeAs(node, 'CommentStmt');
  if (comment?.objtype === 'OBJECT_EXTENSION') {
    const name = comment.object ? nodeAs(comment.object, 'String')?.sval : undefined;
    return name ? [name] : [];
  }
  const setSchema = nodeAs(node, 'AlterObjectSchemaStmt');
  if (setSchema?.objectType === 'OBJECT_EXTENSION') {
    const name = setSchema.object ? nodeAs(setSchema.object, 'String')?.sval : undefined;
    return name ? [name] : [];
  }
  return [];
}
