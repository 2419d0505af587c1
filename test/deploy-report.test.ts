import { describe, expect, it } from 'vitest';
import { renderDeployment } from '../src/action/deploy/deploy-report.ts';
import type { DeploymentMigrationStatus, DeploymentStatus } from '../src/core/deploy/protocol.ts';

// The Action's rendering of the function's deployment status (job summary and PR comment).

function file(
  version: string,
  name: string,
  status: DeploymentMigrationStatus['status'],
  error: string | null = null,
): DeploymentMigrationStatus {
  return {
    version,
    name,
    sha256: 'e'.repeat(64),
    status,
    retries: 0,
    durationMs: status === 'applied' ? 12 : null,
    error,
    statements: [],
    backfill: null,
  };
}

function deployment(
  status: DeploymentStatus['status'],
  reasons: string[],
  migrations: DeploymentMigrationStatus[],
): DeploymentStatus {
  return {
    deploymentId: 'gh-1-1',
    status,
    repository: 'acme/saas-app',
    commit: 'c'.repeat(40),
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    reasons,
    migrations,
  };
}

const render = (status: DeploymentStatus) =>
  renderDeployment(status, { pulls: new Map(), migrations: [] }, undefined);

describe('deployment results as the Action renders them', () => {
  it('a file the engine refused: shown refused, not run, with the refusal; earlier files applied', () => {
    const refusal =
      'supabase/migrations/20240102000000_forge.sql:2: not applied: line 2: writes-migration-history: INSERT INTO supabase_migrations.schema_migrations. Nothing of the file was run.';
    const markdown = render(
      deployment(
        'failed',
        [refusal],
        [
          file('20240101000000', 'workspaces', 'applied'),
          file('20240102000000', 'forge', 'refused', refusal),
          file('20240103000000', 'invoices', 'pending'),
        ],
      ),
    );
    expect(markdown).toContain('Production deployment failed: 1 of 3 migration(s) applied');
    expect(markdown).toContain('| `20240102000000_forge` | refused (not run) |');
    expect(markdown).toContain('| `20240103000000_invoices` | pending |');
    expect(markdown).toContain(
      `- \`20240102000000_forge\` (refused, nothing of it ran): ${refusal}`,
    );
    // A failed deployment may have applied files: it is not called "nothing applied".
    expect(markdown).not.toContain('nothing applied');
    expect(markdown).toContain('**Reasons:**');
  });

  it('a refused deployment says nothing was applied', () => {
    const markdown = render(
      deployment(
        'refused',
        ['checksum mismatch: 20240101000000_workspaces.sql: ...'],
        [file('20240101000000', 'workspaces', 'pending')],
      ),
    );
    expect(markdown).toContain('**Refused, nothing applied:**');
    expect(markdown).toContain('- checksum mismatch: 20240101000000_workspaces.sql');
  });
});
