import type { TableModel } from '../../schema/schema-model.ts';

/** The roles the Data API runs requests as, for callers with the anon key or a session. */
const API_ROLES = ['anon', 'authenticated'] as const;

/**
 * The API roles that can SELECT from a relation the model tracks privileges for (views,
 * materialized views, foreign tables, pgmq queues): through PUBLIC, a grant, or the default
 * privileges in force when it was created. Supabase's default privileges grant SELECT on new
 * relations in exposed schemas to anon and authenticated; the model starts from those, minus
 * `ALTER DEFAULT PRIVILEGES ... REVOKE`, and follows GRANT and REVOKE.
 */
export function apiReaders(relation: TableModel): ('anon' | 'authenticated')[] {
  if (!relation.selectRevokedFrom) return [];
  if (relation.selectGrantedTo?.has('public')) return [...API_ROLES];
  return API_ROLES.filter((role) => !relation.selectRevokedFrom?.has(role));
}
