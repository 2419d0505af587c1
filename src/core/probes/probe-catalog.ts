import type { QualifiedName } from '../sql/names.ts';

/**
 * What the isolation probes need to know about the staging target's tables, as plain data read
 * from the catalog (src/staging/probes reads it). Planning works on this, not on the static
 * model: the probes judge what the database really holds after the migrations.
 */

export interface CatalogColumn {
  name: string;
  /** As `format_type` spells it, usable in a cast: `uuid`, `character varying(80)`, `public.plan`. */
  type: string;
  /** `pg_type.typname` of the type, or of a domain's base type: `uuid`, `int8`, `_text`, `plan`. */
  baseType: string;
  /** Labels of an enum type, in order. */
  enumLabels?: string[];
  notNull: boolean;
  hasDefault: boolean;
  /** Identity (`ALWAYS`/`BY DEFAULT`) or generated column: Postgres fills it. */
  filledByServer: boolean;
}

export interface CatalogForeignKey {
  name: string;
  columns: string[];
  references: QualifiedName;
  referencedColumns: string[];
}

export type PolicyCommandName = 'ALL' | 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

export interface CatalogPolicy {
  name: string;
  command: PolicyCommandName;
  permissive: boolean;
  roles: string[];
  /** The expressions as Postgres deparses them (`pg_policies.qual` / `with_check`). */
  using: string | null;
  withCheck: string | null;
}

export interface CatalogTable {
  name: QualifiedName;
  columns: CatalogColumn[];
  foreignKeys: CatalogForeignKey[];
  rlsEnabled: boolean;
  policies: CatalogPolicy[];
}

export type Catalog = ReadonlyMap<QualifiedName, CatalogTable>;

/** Supabase's user table: members and row authors reference it. */
export const AUTH_USERS: QualifiedName = 'auth.users';

/** The role the probes act as: the one PostgREST switches to for a signed-in user. */
export const PROBE_ROLE = 'authenticated';

/** Policies that apply to the probe role for a command (own command or ALL; TO public or authenticated). */
export function policiesFor(
  table: CatalogTable,
  command: Exclude<PolicyCommandName, 'ALL'>,
): CatalogPolicy[] {
  return table.policies.filter(
    (p) =>
      (p.command === command || p.command === 'ALL') &&
      (p.roles.includes('public') || p.roles.includes(PROBE_ROLE)),
  );
}
