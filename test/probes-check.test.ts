import { afterAll, describe, expect, it } from 'vitest';
import { runCli, TempProjects } from './support/cli-runner.ts';
import { history, projectsMigration } from './support/probe-schema.ts';

// The isolation probes run by `migration-guard check` on the embedded database; the probes
// themselves, their planning and their config are in probes.test.ts.

describe('migration-guard check runs the probes (embedded PGlite)', () => {
  const projects = new TempProjects();
  afterAll(() => projects.removeAll());

  it('reports a cross-tenant read on the policy line, and the probe in checks', async () => {
    const cwd = projects.create({
      'supabase/migrations/20250101000000_tenants.sql': history,
      'supabase/migrations/20250301120000_projects.sql': projectsMigration({
        select: 'using (true)',
      }),
    });
    const file = 'supabase/migrations/20250301120000_projects.sql';
    const run = await runCli(['check', file, '--format', 'json'], cwd);
    const report = JSON.parse(run.stdout) as {
      migrations: { file: string; findings: { rule: string; line: number; source: string }[] }[];
      checks: { id: string; status: string; detail: string }[];
    };
    const projectsFile = report.migrations.find((m) => m.file.endsWith('_projects.sql'));
    const probeFound = projectsFile?.findings.filter((f) => f.rule.startsWith('probe-'));
    const policyLine = projectsMigration({ select: 'using (true)' })
      .split('\n')
      .findIndex((l) => l.startsWith('create policy projects_select'));
    expect(probeFound).toEqual([
      expect.objectContaining({
        rule: 'probe-cross-tenant-read',
        line: policyLine + 1,
        source: 'check',
      }),
    ]);
    const probeChecks = report.checks.filter((c) => c.id === 'probe-isolation');
    expect(probeChecks.map((c) => [c.status, c.detail.split(' ')[0]])).toEqual([
      ['fail', 'public.projects'],
    ]);
    expect(run.code).toBe(1);
    const markdown = await runCli(['check', file, '--format', 'markdown'], cwd);
    expect(markdown.stdout).toContain('probe-cross-tenant-read');
    const text = await runCli(['check', file], cwd);
    expect(text.stdout).toContain('probe-cross-tenant-read');
  }, 120_000);

  it('prints the fix for the probed table and its tenant column, not another table', async () => {
    const file = 'supabase/migrations/20250301130000_comments.sql';
    const cwd = projects.create({
      'supabase/migrations/20250101000000_tenants.sql': history,
      [file]: `create table public.comments (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id),
  body text not null
);
grant select, insert, update, delete on public.comments to authenticated;
`,
    });
    const run = await runCli(['check', file, '--format', 'json'], cwd);
    const report = JSON.parse(run.stdout) as {
      migrations: { file: string; findings: { rule: string; fix?: string }[] }[];
    };
    const found = report.migrations
      .find((m) => m.file === file)
      ?.findings.find((f) => f.rule === 'probe-cross-tenant-read');
    expect(found?.fix).toContain('ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;');
    expect(found?.fix).toContain('comments.workspace_id IN (SELECT m.workspace_id');
    expect(found?.fix).not.toContain('projects');
    const text = await runCli(['check', file], cwd);
    expect(text.stdout).toContain('ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;');
  }, 120_000);
});
