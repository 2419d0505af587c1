import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/core/report/report.ts';
import { renderMarkdown } from '../src/core/report/render-markdown.ts';
import { renderSarif } from '../src/core/report/render-sarif.ts';
import { RULES } from '../src/core/rules/registry.ts';
import { runCli, TempProjects } from './support/cli-runner.ts';
import { history, projectsMigration } from './support/probe-schema.ts';

// The isolation probes run by `migration-guard check` on the embedded database; the probes
// themselves, their planning and their config are in probes.test.ts.

describe('migration-guard check runs the probes (embedded PGlite)', () => {
  const projects = new TempProjects();
  afterAll(() => projects.removeAll());

  it('confirms the lint finding on the policy line instead of a second error, and the probe in checks', async () => {
    const cwd = projects.create({
      'supabase/migrations/20250101000000_tenants.sql': history,
      'supabase/migrations/20250301120000_projects.sql': projectsMigration({
        select: 'using (true)',
      }),
    });
    const file = 'supabase/migrations/20250301120000_projects.sql';
    const run = await runCli(['check', file, '--format', 'json'], cwd);
    const report = JSON.parse(run.stdout) as {
      migrations: { file: string; findings: Record<string, unknown>[] }[];
      checks: { id: string; status: string; detail: string }[];
    };
    const projectsFile = report.migrations.find((m) => m.file.endsWith('_projects.sql'));
    const policyLine = projectsMigration({ select: 'using (true)' })
      .split('\n')
      .findIndex((l) => l.startsWith('create policy projects_select'));
    // One finding for the open policy: the lint's, confirmed by the probe, the others as also.
    expect(projectsFile?.findings.filter((f) => f['line'] === policyLine + 1)).toEqual([
      expect.objectContaining({
        rule: 'policy-always-true',
        source: 'lint',
        severity: 'error',
        also: ['probe-cross-tenant-read', 'tenant-policy-missing'],
        confirmedBy: [
          {
            rule: 'probe-cross-tenant-read',
            evidence: expect.stringContaining('a member of another tenant read a row'),
          },
        ],
      }),
    ]);
    expect(projectsFile?.findings.some((f) => String(f['rule']).startsWith('probe-'))).toBe(false);
    expect(projectsFile?.findings.some((f) => 'problems' in f)).toBe(false);
    const probeChecks = report.checks.filter((c) => c.id === 'probe-isolation');
    expect(probeChecks.map((c) => [c.status, c.detail.split(' ')[0]])).toEqual([
      ['fail', 'public.projects'],
    ]);
    expect(run.code).toBe(1);
    // The same report as Markdown and SARIF, rendered as `--format` renders it (one embedded
    // check, not three). The text format of this same check is cli-same-problem.test.ts's,
    // through dist/cli.js.
    const same = JSON.parse(run.stdout) as Report;
    const markdown = renderMarkdown(same, { maxLength: Number.POSITIVE_INFINITY });
    expect(markdown).toContain('(also `probe-cross-tenant-read`, `tenant-policy-missing`)');
    expect(markdown).toContain('Confirmed on staging by the isolation probe.');
    const results = (
      JSON.parse(renderSarif(same, RULES)) as {
        runs: { results: { ruleId: string; properties?: Record<string, unknown> }[] }[];
      }
    ).runs[0]?.results;
    expect(results?.find((r) => r.ruleId === 'policy-always-true')?.properties?.['also']).toEqual([
      'probe-cross-tenant-read',
      'tenant-policy-missing',
    ]);
  }, 120_000);

  it('an INSERT policy without WITH CHECK: tenant-policy-missing confirmed by the locked-out probe', async () => {
    const file = 'supabase/migrations/20250301120000_projects.sql';
    const sql = projectsMigration({ insert: '' });
    const cwd = projects.create({
      'supabase/migrations/20250101000000_tenants.sql': history,
      [file]: sql,
    });
    const run = await runCli(['check', file, '--format', 'json'], cwd);
    const report = JSON.parse(run.stdout) as {
      migrations: { findings: { rule: string; line: number; also?: string[] }[] }[];
    };
    const insertLine = sql
      .split('\n')
      .findIndex((l) => l.startsWith('create policy projects_insert'));
    const findings = report.migrations[0]?.findings ?? [];
    expect(findings.filter((f) => f.line === insertLine + 1)).toEqual([
      expect.objectContaining({ rule: 'tenant-policy-missing', also: ['probe-tenant-locked-out'] }),
    ]);
    expect(findings.some((f) => f.rule.startsWith('probe-'))).toBe(false);
  }, 120_000);

  it('RLS off on a tenant table: rls-disabled confirmed by both probes, its fix for this table', async () => {
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
      migrations: {
        file: string;
        findings: { rule: string; fix?: string; also?: string[]; confirmedBy?: unknown[] }[];
      }[];
    };
    const findings = report.migrations.find((m) => m.file === file)?.findings ?? [];
    expect(findings.some((f) => f.rule.startsWith('probe-'))).toBe(false);
    const found = findings.find((f) => f.rule === 'rls-disabled');
    expect(found?.also).toEqual(['probe-cross-tenant-read', 'probe-cross-tenant-write']);
    expect(found?.confirmedBy).toHaveLength(2);
    expect(found?.fix).toContain('ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;');
    expect(found?.fix).toContain('workspace_id IN (SELECT m.workspace_id');
    expect(found?.fix).not.toContain('projects');
    const text = await runCli(['check', file], cwd);
    expect(text.stdout).toContain('ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;');
  }, 120_000);
});
