import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planChecks } from '../src/core/checks/plan-checks.ts';
import { REPOSITORY_URL } from '../src/core/project.ts';
import type { CheckReport, Report } from '../src/core/report/report.ts';
import { renderJson } from '../src/core/report/render-json.ts';
import { renderMarkdown } from '../src/core/report/render-markdown.ts';
import { renderText } from '../src/core/report/render-text.ts';
import { SchemaModel } from '../src/core/schema/schema-model.ts';
import { applyStatement } from '../src/core/schema/apply-statement.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { POST_MIGRATION_CHECKS, postMigrationCheck } from '../src/staging/checks/registry.ts';
import { runChecks } from '../src/staging/checks/run-checks.ts';
import { lintReport, changeSql } from './support/report-fixture.ts';
import { type StagingTarget, stagingTargets } from './support/staging-targets.ts';

const checksDir = new URL('../src/staging/checks/', import.meta.url);
const overview = readFileSync(new URL('../docs/post-migration-checks.md', import.meta.url), 'utf8');

describe('the post-migration check registry', () => {
  it('holds each check once, under an id that names its folder', () => {
    const ids = POST_MIGRATION_CHECKS.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^check-[a-z]+(-[a-z]+)*$/);
      expect(existsSync(new URL(`${id}/index.ts`, checksDir)), `${id}/index.ts`).toBe(true);
      expect(postMigrationCheck(id)?.meta.id).toBe(id);
    }
    expect(postMigrationCheck('probe-isolation')).toBeUndefined();
  });

  for (const { meta } of POST_MIGRATION_CHECKS) {
    it(`${meta.id}: descriptor, docs page and overview row agree`, () => {
      expect(meta.title.length).toBeGreaterThan(5);
      expect(meta.proves.length).toBeGreaterThan(40);
      expect(meta.query).toMatch(/SELECT/);
      expect(meta.docs).toBe(`${REPOSITORY_URL}/blob/main/src/staging/checks/${meta.id}/README.md`);
      const page = readFileSync(new URL(`${meta.id}/README.md`, checksDir), 'utf8');
      expect(page.startsWith(`# ${meta.id}\n`)).toBe(true);
      expect(page).toContain(`**Severity of a fail:** ${meta.severity}`);
      expect(page).toContain('## What to do about a fail');
      expect(overview).toContain(
        `| [\`${meta.id}\`](../src/staging/checks/${meta.id}/README.md) | ${meta.severity} |`,
      );
    });
  }

  it('the overview lists no check the registry lacks', () => {
    const listed = [...overview.matchAll(/^\| \[`(check-[a-z-]+)`\]/gm)].map((m) => m[1]);
    expect(listed).toEqual(POST_MIGRATION_CHECKS.map((c) => c.meta.id));
  });
});

describe('check reports link their docs page in the report', () => {
  let target: StagingTarget;
  let checks: CheckReport[];
  const dupDocs = `${REPOSITORY_URL}/blob/main/src/staging/checks/check-duplicate-indexes/README.md`;

  beforeAll(async () => {
    await loadParser();
    const open = stagingTargets().find(([label]) => label === 'PGlite')?.[1];
    if (!open) throw new Error('no PGlite target');
    target = await open();
    const history = 'create table public.teams (id bigint primary key, name text);';
    const migration = 'create unique index teams_id_key on public.teams (id);';
    const model = new SchemaModel();
    for (const sql of [history, migration]) {
      for (const s of parseSql(sql).statements) {
        applyStatement(model, s.node, { file: sql, version: '1', statement: s.index });
      }
    }
    const plan = planChecks(
      [{ path: '20250301120000_teams.sql', statements: parseSql(migration).statements }],
      model,
    );
    await target.db.exec('BEGIN');
    await target.db.exec(history);
    await target.db.exec(migration);
    checks = await runChecks(target.db, plan);
    await target.db.exec('ROLLBACK');
  }, 120_000);
  afterAll(async () => {
    await target?.close();
  });

  async function reportWith(extra: CheckReport[]): Promise<Report> {
    const { report } = await lintReport(changeSql);
    return { ...report, checks: [...checks, ...extra] };
  }

  it('every report of a registered check carries its docs link', () => {
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect(c.docs).toBe(postMigrationCheck(c.id)?.meta.docs);
    expect(checks.find((c) => c.id === 'check-duplicate-indexes')?.status).toBe('fail');
  });

  it('Markdown links each check id to its page; an entry without a page stays plain', async () => {
    const replay: CheckReport = { id: 'staging-replay', status: 'pass', detail: '2 replayed' };
    const markdown = renderMarkdown(await reportWith([replay]));
    expect(markdown).toContain(`❌ [\`check-duplicate-indexes\`](${dupDocs}): 1 set(s)`);
    const invalid = postMigrationCheck('check-invalid-indexes')?.meta.docs;
    expect(markdown).toContain(`[\`check-invalid-indexes\`](${invalid}): No invalid index`);
    expect(markdown).toContain('`staging-replay`: 2 replayed');
  });

  it('text gives a failed check its docs line, as findings have', async () => {
    const text = renderText(await reportWith([]), { color: false, sources: new Map() });
    const lines = text.split('\n');
    const failAt = lines.findIndex((l) => /✖ fail\s+check-duplicate-indexes/.test(l));
    expect(failAt).toBeGreaterThan(-1);
    expect(lines[failAt + 1]).toBe(`    docs: ${dupDocs}`);
    // A pass is not something to act on: no docs line under it.
    const passAt = lines.findIndex((l) => /✓ pass\s+check-invalid-indexes/.test(l));
    expect(lines[passAt + 1]).not.toContain('docs:');
  });

  it('JSON keeps the link on the check entry', async () => {
    const json = JSON.parse(renderJson(await reportWith([]))) as Report;
    expect(json.checks.find((c) => c.id === 'check-duplicate-indexes')?.docs).toBe(dupDocs);
  });
});
