/**
 * A stand-in for an extension Supabase offers that cannot run on a staging database (its C code
 * is not compiled for PGlite, or the server given with `--db` lacks it): what `CREATE EXTENSION`
 * of the real one creates, with the real names and signatures, and bodies that do nothing
 * harmful (no network, no scheduling, no encryption; results are empty or fixed values of the
 * right type). A migration that uses the extension then applies on staging, and the report says
 * which statements ran on a stand-in.
 *
 * One file per extension in `stand-ins/`, listed in `stand-ins/index.ts`. The staging targets
 * install them: on PGlite as real extensions (control file and script written into its
 * filesystem, so `pg_available_extensions` lists them and `CREATE EXTENSION` behaves as on
 * Supabase); on a server given with `--db` that lacks the extension, by running the script in
 * place of the `CREATE EXTENSION` statement.
 */
export interface ExtensionStandIn {
  /** The name `CREATE EXTENSION` takes, e.g. `pg_net`. */
  readonly name: string;
  /** The version Supabase ships (the control file's `default_version`). */
  readonly version: string;
  /**
   * Earlier versions Supabase ships install scripts for, which a migration may pin with
   * `CREATE EXTENSION ... VERSION` (the dashboard writes `pgmq ... version '1.4.4'`). The stand-in
   * answers to them with the same script: its interface is the newest one's.
   */
  readonly earlierVersions?: readonly string[];
  /** One line describing the real extension (the control file's `comment`). */
  readonly comment: string;
  /**
   * The schema the real extension always installs into (control `schema`, e.g. `net` for
   * pg_net, `cron` for pg_cron, `vault` for supabase_vault); absent when the migration chooses
   * it (`WITH SCHEMA extensions`, else the first schema of the search path).
   */
  readonly schema?: string;
  /** Extensions it needs first (control `requires`), e.g. `['pgcrypto']` for pgjwt. */
  readonly requires?: readonly string[];
  /**
   * The install script. `@extschema@` stands for the schema the extension is installed into
   * (fixed or chosen); the script must not create that schema itself, and must run on
   * PostgreSQL 15 and on PGlite (PostgreSQL 18). Other schemas it owns (e.g. `graphql_public`
   * for pg_graphql, `pgsodium_masks`) it creates itself.
   */
  readonly sql: string;
  /**
   * Statements a migration typically runs against the extension (`select cron.schedule(...)`);
   * each must succeed once the stand-in is installed. Tests run them; docs show them.
   */
  readonly examples: readonly string[];
}
