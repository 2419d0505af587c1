import type { TableModel } from '../../schema/schema-model.ts';

/** The roles the Data API runs a request as. */
const API_ROLES = ['anon', 'authenticated'] as const;

/**
 * The API roles that can select from a view or materialized view: through PUBLIC, or because
 * Supabase's default privileges grant SELECT on every new relation and nothing revoked it.
 */
export function apiReadersOf(view: TableModel): string[] {
  return API_ROLES.filter(
    (role) => view.selectGrantedTo?.has('public') || !view.selectRevokedFrom?.has(role),
  );
}

/** A reloption read as a boolean the way Postgres reads one: true, on, yes, 1 and prefixes. */
export function optionIsOn(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.toLowerCase();
  return v === '1' || v === 'on' || (v.length > 0 && ('true'.startsWith(v) || 'yes'.startsWith(v)));
}
