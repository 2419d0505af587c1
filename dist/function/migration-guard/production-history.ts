import type { DatabasePort } from '@core/db/database-port.ts';
import type {
  ApplyMigration,
  DeploymentMigrationState,
  HistoryEntry,
} from '@core/deploy/protocol.ts';
import { STATEMENTS_MD5 } from './audit-schema.ts';

/**
 * What production has: `supabase_migrations.schema_migrations` (written by the Supabase CLI and
 * by this function, the same way) joined with the checksums this function recorded.
 *
 * A checksum row is current while the history row still holds what it held when the row was
 * recorded (`statements_md5`). After `supabase migration repair --status reverted` and a new
 * `migration up` (or `repair --status applied`) of an edited file, it does not: the version was
 * applied again another way, and counts as the CLI's (no checksum), as it does for the CLI.
 */

export interface AppliedVersion {
  version: string;
  name: string;
  /** Null when the version was applied another way (the CLI, the dashboard). */
  sha256: string | null;
  /** The deployment that applied it, when this function did. */
  deploymentId: string | null;
  /** A checksum row exists but the history row was rewritten since (repair + apply). */
  staleChecksum: boolean;
}

export async function readProductionHistory(db: DatabasePort): Promise<AppliedVersion[]> {
  const { rows: present } = await db.query<{ history: boolean }>(
    "SELECT to_regclass('supabase_migrations.schema_migrations') IS NOT NULL AS history",
  );
  if (!present[0]?.history) return [];
  const { rows } = await db.query<{
    version: string;
    name: string | null;
    sha256: string | null;
    deployment_id: string | null;
    stale: boolean;
  }>(
    `SELECT h.version, h.name, c.sha256, c.deployment_id,
            coalesce(c.statements_md5 <> ${STATEMENTS_MD5}, false) AS stale
       FROM supabase_migrations.schema_migrations h
       LEFT JOIN migration_guard.applied_checksums c ON c.version = h.version
      ORDER BY h.version`,
  );
  return rows.map((r) => ({
    version: r.version,
    name: r.name ?? '',
    sha256: r.stale ? null : r.sha256,
    deploymentId: r.stale ? null : r.deployment_id,
    staleChecksum: r.stale,
  }));
}

export function historyEntries(history: readonly AppliedVersion[]): HistoryEntry[] {
  return history.map(({ version, name, sha256 }) => ({ version, name, sha256 }));
}

export interface DeploymentPlan {
  /** Non-empty: the whole deployment is refused and nothing runs. */
  refusals: string[];
  /** Files production lacks, in order. */
  toApply: ApplyMigration[];
  /** What production already has, per version: applied by this deployment, or before it. */
  present: Map<string, Extract<DeploymentMigrationState, 'applied' | 'skipped-already-applied'>>;
  /** Versions this deployment applied whose checksum row is missing (crash right after commit). */
  missingChecksums: ApplyMigration[];
}

/**
 * Compare the request with production's history. A version production has with another
 * checksum is refused (the file changed after it was applied); so is a version older than
 * production's newest unless out-of-order applies are allowed. Versions applied outside this
 * function (no checksum, or a stale one) are taken as present, as the Supabase CLI takes them.
 */
export function planDeployment(
  deploymentId: string,
  migrations: readonly ApplyMigration[],
  history: readonly AppliedVersion[],
  allowOutOfOrder: boolean,
  appliedByThisDeployment: ReadonlySet<string>,
): DeploymentPlan {
  const byVersion = new Map(history.map((h) => [h.version, h]));
  const newest = history.at(-1)?.version;
  const plan: DeploymentPlan = {
    refusals: [],
    toApply: [],
    present: new Map(),
    missingChecksums: [],
  };
  for (const migration of migrations) {
    const label = `${migration.version}_${migration.name}.sql`;
    const applied = byVersion.get(migration.version);
    if (applied) {
      if (applied.sha256 !== null && applied.sha256 !== migration.sha256) {
        plan.refusals.push(
          `checksum mismatch: ${label}: production applied it with sha256 ${applied.sha256}` +
            `${applied.deploymentId ? ` (deployment ${applied.deploymentId})` : ''}, the request has ` +
            `${migration.sha256}; a migration must not change after it is applied: add a new one`,
        );
        continue;
      }
      const ours = applied.deploymentId === deploymentId;
      const oursUnrecorded =
        applied.sha256 === null &&
        !applied.staleChecksum &&
        appliedByThisDeployment.has(migration.version);
      if (oursUnrecorded) plan.missingChecksums.push(migration);
      plan.present.set(
        migration.version,
        ours || oursUnrecorded ? 'applied' : 'skipped-already-applied',
      );
      continue;
    }
    if (!allowOutOfOrder && newest !== undefined && migration.version < newest) {
      plan.refusals.push(
        `out of order: ${label} is older than production's newest version ${newest}; ` +
          'renumber it after that version, or send allowOutOfOrder: true if it is independent',
      );
      continue;
    }
    plan.toApply.push(migration);
  }
  return plan;
}
