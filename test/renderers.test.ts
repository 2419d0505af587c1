import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Report, reachesThreshold, summarize } from '../src/core/report/report.ts';
import { renderJson } from '../src/core/report/render-json.ts';
import { renderMarkdown } from '../src/core/report/render-markdown.ts';
import { FINGERPRINT_KEY, renderSarif } from '../src/core/report/render-sarif.ts';
import { renderText } from '../src/core/report/render-text.ts';
import { sha256HexSync } from '../src/core/report/sha256-sync.ts';
import { RULES } from '../src/core/rules/registry.ts';
import {
  CHANGE,
  changeSql,
  INIT,
  lintReport,
  withFailure,
  withTrace,
} from './support/report-fixture.ts';
import { REPORT_JSON_SCHEMA } from './support/report-json-schema.ts';

/** Cells of a Markdown table row, split at pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

let report: Report;
let sources: Map<string, string>;

beforeAll(async () => {
  const linted = await lintReport(changeSql);
  report = linted.report;
  sources = new Map(linted.files.map((f) => [f.path, f.sql]));
  // The fixture is what the assertions below rely on.
  const change = report.migrations.find((m) => m.file === CHANGE);
  expect(change?.findings.map((f) => [f.rule, f.line, f.column])).toEqual([
    ['create-index-non-concurrent', 2, 1],
    ['unused-suppression', 10, 1],
    ['create-index-non-concurrent', 13, 5],
  ]);
});

describe('renderText', () => {
  it('prints each finding as path:line:column, severity, rule and message', () => {
    const text = renderText(report, { color: false, sources });
    expect(text).toMatch(
      new RegExp(
        `${CHANGE}:2:1\\s+error\\s+create-index-non-concurrent\\s+CREATE INDEX on existing`,
      ),
    );
    expect(text).toMatch(new RegExp(`${CHANGE}:10:1\\s+notice\\s+unused-suppression\\s+`));
    expect(text).toContain('lint only (no database)');
    expect(text).toContain(`${CHANGE} (added)`);
  });

  it('quotes the source line with a caret under the column', () => {
    const lines = renderText(report, { color: false, sources }).split('\n');
    for (const [lineNo, column] of [
      [2, 1],
      [13, 5],
    ] as const) {
      const quoted = lines.findIndex((l) => l.trimStart().startsWith(`${lineNo} |`));
      expect(quoted, `line ${lineNo} is quoted`).toBeGreaterThan(-1);
      const sourceLine = lines[quoted] ?? '';
      const caretLine = lines[quoted + 1] ?? '';
      const codeStart = sourceLine.indexOf('| ') + 2;
      expect(sourceLine.slice(codeStart)).toBe(changeSql.split('\n')[lineNo - 1]);
      expect(caretLine.indexOf('^')).toBe(codeStart + column - 1);
      expect(sourceLine.slice(codeStart + column - 1, codeStart + column + 5)).toBe('create');
    }
  });

  it('gives the fix and the docs link under each finding', () => {
    const text = renderText(report, { color: false, sources });
    expect(text).toContain(
      'fix:\n      -- in a migration file of its own (CONCURRENTLY cannot run inside a transaction block):\n      create index concurrently projects_title_idx on public.projects (title);',
    );
    expect(text).toContain('docs: https://');
    expect(text).toContain('create-index-non-concurrent/README.md');
  });

  it('ends with the counts and what to do next, and gives clean files one line', () => {
    const text = renderText(report, { color: false, sources });
    expect(text.trimEnd().split('\n').slice(-2)).toEqual([
      '✖ 2 errors, 0 warnings, 1 notice in 2 files',
      expect.stringMatching(
        /^next: fix each finding .*migration-guard-ignore RULE: reason.*--fail-on.*--format markdown/,
      ),
    ]);
    expect(text.split('\n').filter((l) => l.includes(INIT))).toEqual([`✓ ${INIT} (unchanged)`]);
  });

  it('says so plainly when there is nothing', async () => {
    const { report: clean, files } = await lintReport(
      'create index concurrently projects_title_idx on public.projects (title);\n',
    );
    const text = renderText(clean, {
      color: false,
      sources: new Map(files.map((f) => [f.path, f.sql])),
    });
    expect(text.trimEnd().split('\n').slice(-2)).toEqual([
      '0 errors, 0 warnings, 0 notices in 2 files',
      '✓ No problems found.',
    ]);
    expect(text).not.toContain('fix:');
  });

  it('uses ANSI colours only when asked', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape sequences
    const ansi = /\u001b\[/;
    expect(renderText(report, { color: false, sources })).not.toMatch(ansi);
    expect(renderText(report, { color: true, sources })).toMatch(ansi);
  });

  it('keeps control characters from the SQL file out of the terminal', () => {
    const hostile = new Map([
      [CHANGE, changeSql.replace('projects_workspace', '\u001b[2Jprojects')],
    ]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape sequences
    expect(renderText(report, { color: false, sources: hostile })).not.toMatch(/\u001b/);
  });
});

describe('renderJson', () => {
  it('is the report object, and matches the documented contract', () => {
    const json = renderJson(report);
    const parsed: unknown = JSON.parse(json);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(report)));
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(REPORT_JSON_SCHEMA);
    expect(validate(parsed), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate(JSON.parse(renderJson(withTrace(report))))).toBe(true);
    // The schema can fail: a finding without its position is not the contract.
    const broken = structuredClone(report) as unknown as {
      migrations: { findings: Record<string, unknown>[] }[];
    };
    delete broken.migrations[1]?.findings[0]?.line;
    expect(validate(broken)).toBe(false);
  });
});

describe('renderMarkdown', () => {
  it('starts with the verdict, then a findings list per migration with linked rules', () => {
    const md = renderMarkdown(report);
    expect(md.split('\n')[0]).toBe('### ❌ 2 errors, 1 notice in 2 migrations');
    const items = md.split('\n').filter((l) => /^- (❌|⚠️|ℹ️) \*\*L\d+\*\* /.test(l));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(
      /^- ❌ \*\*L2\*\* \[`create-index-non-concurrent`\]\(https:\/\/\S+\/create-index-non-concurrent\/README\.md\): CREATE INDEX /,
    );
    const linked = renderMarkdown(report, {
      sourceUrl: (file, line) => `https://github.com/acme/app/blob/abc123/${file}#L${line}`,
    });
    expect(linked).toContain(`**[L13](https://github.com/acme/app/blob/abc123/${CHANGE}#L13)**`);
  });

  it('puts each fix in a collapsed block of SQL', () => {
    const md = renderMarkdown(report);
    expect(md).toContain(
      '<details><summary>Fix for <code>create-index-non-concurrent</code> (line 13)</summary>\n\n```sql\n-- in a migration file of its own (CONCURRENTLY cannot run inside a transaction block):\ncreate index concurrently projects_title_idx on public.projects (title);',
    );
    expect(md).toContain(`<summary>✅ 1 migration without findings</summary>`);
  });

  it('shows a statements table only when there is trace data', () => {
    expect(renderMarkdown(report)).not.toContain('| Statement |');
    const md = renderMarkdown(withTrace(report));
    expect(md).toContain('Postgres 15.8');
    expect(md).toContain('| Line | Statement | Duration | Locks | Rewrites |');
    const row = md.split('\n').find((l) => l.startsWith('| 2 | `create index'));
    expect(cells(row ?? '')).toEqual([
      '2',
      '`create index projects_workspace_id_idx …`',
      '1.2 s',
      'ShareLock on `public.projects`',
      '—',
    ]);
  });

  it('escapes Markdown in messages and pipes in statement cells', () => {
    const tricky = structuredClone(report);
    const finding = tricky.migrations[1]?.findings[0];
    if (!finding) throw new Error('fixture changed');
    finding.message = 'Uses `a || b` | and *stars* <b>html</b>\nsecond line';
    const tracedTricky = withTrace(tricky);
    const statement = tracedTricky.migrations[1]?.statements[0];
    if (statement) statement.sql = "select 'a|b', `x`";
    const md = renderMarkdown(tracedTricky);
    const item = md.split('\n').find((l) => l.startsWith('- ❌ **L2**'));
    expect(
      item?.endsWith(
        ': Uses \\`a \\|\\| b\\` \\| and \\*stars\\* \\<b\\>html\\</b\\><br>second line',
      ),
    ).toBe(true);
    const statementRow = md.split('\n').find((l) => l.startsWith('| 2 | ``'));
    expect(cells(statementRow ?? '')).toHaveLength(5);
    expect(statementRow).toContain("`` select 'a\\|b', `x` ``");
  });

  it('drops detail, level by level, to stay under maxLength and says so', () => {
    const big = structuredClone(withTrace(report));
    const change = big.migrations[1];
    if (!change) throw new Error('fixture changed');
    for (let i = 0; i < 400; i++) {
      big.migrations.push({ ...structuredClone(change), file: `${change.file}.${i}` });
    }
    big.summary = summarize(big.migrations);
    const full = renderMarkdown(big, { maxLength: Number.POSITIVE_INFINITY });
    expect(full).not.toContain('shortened');

    const noFixes = renderMarkdown(big, { maxLength: full.length - 1 });
    expect(noFixes.length).toBeLessThan(full.length);
    expect(noFixes).toContain('shortened to fit in a comment: the suggested fixes are left out');
    expect(noFixes).not.toContain('<summary>Fix for');
    expect(noFixes).toContain('| Statement |');

    const noStatements = renderMarkdown(big, { maxLength: noFixes.length - 1 });
    expect(noStatements).toContain('fixes and statement tables are left out');
    expect(noStatements).not.toContain('| Statement |');
    expect(noStatements).toMatch(/^- ❌ \*\*L2\*\* /m);

    const counts = renderMarkdown(big, { maxLength: noStatements.length - 1 });
    expect(counts).toContain('only the number of findings per migration is shown');
    expect(counts).toContain(`| \`${CHANGE}\` | 2 | 0 | 1 |`);

    for (const maxLength of [65_536, 20_000, 3_000, 600]) {
      const md = renderMarkdown(big, { maxLength });
      expect(md.length).toBeLessThanOrEqual(maxLength);
      expect(md.split('\n')[0]).toBe('### ❌ 802 errors, 401 notices in 402 migrations');
    }
    expect(renderMarkdown(big, { maxLength: 3_000 })).toMatch(
      /… and \d+ more migrations with findings\./,
    );
    expect(renderMarkdown(big).length).toBeLessThan(65_536);
  });
});

const sarifSchemaPath = new URL(
  '../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
  import.meta.url,
);
// The official schema's `language` pattern is not valid with the `u` flag; compile without it.
const sarifAjv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(sarifAjv);
const validateSarifLog = sarifAjv.compile(
  JSON.parse(readFileSync(sarifSchemaPath, 'utf8')) as object,
);

describe('renderSarif', () => {
  const ajv = sarifAjv;
  const validateSarif = validateSarifLog;

  it('validates against the official SARIF 2.1.0 schema, which rejects a broken log', () => {
    const log = JSON.parse(renderSarif(report, RULES)) as Log;
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
    expect(validateSarif(JSON.parse(renderSarif(withTrace(report), RULES)))).toBe(true);

    const badLevel = structuredClone(log) as unknown as {
      runs: { results: { level: string }[] }[];
    };
    const result = badLevel.runs[0]?.results[0];
    if (result) result.level = 'fatal';
    expect(validateSarif(badLevel)).toBe(false);
    const noDriver = structuredClone(log) as unknown as {
      runs: { tool: Record<string, unknown> }[];
    };
    delete noDriver.runs[0]?.tool.driver;
    expect(validateSarif(noDriver)).toBe(false);
  });

  it('describes every rule of the catalogue, with help, docs and a default level', () => {
    const log = JSON.parse(renderSarif(report, RULES)) as Log;
    const driver = log.runs[0]?.tool.driver;
    expect(driver?.name).toBe('migration-guard');
    expect(driver?.informationUri).toMatch(/^https:\/\//);
    expect(driver?.rules?.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    const rule = driver?.rules?.find((r) => r.id === 'create-index-non-concurrent');
    expect(rule?.shortDescription?.text).toContain('CONCURRENTLY');
    expect(rule?.help?.markdown).toContain('```sql\nCREATE INDEX CONCURRENTLY');
    expect(rule?.helpUri).toMatch(/create-index-non-concurrent\/README\.md$/);
    expect(rule?.defaultConfiguration?.level).toBe('error');
  });

  it('places each finding at its file, line and column with a matching rule index', () => {
    const log = JSON.parse(renderSarif(report, RULES)) as Log;
    const run = log.runs[0];
    const results = run?.results ?? [];
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['create-index-non-concurrent', 'error'],
      ['unused-suppression', 'note'],
      ['create-index-non-concurrent', 'error'],
    ]);
    for (const r of results) {
      expect(run?.tool.driver.rules?.[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
      const location = r.locations?.[0]?.physicalLocation;
      expect(location?.artifactLocation).toEqual({ uri: CHANGE, uriBaseId: '%SRCROOT%' });
    }
    expect(results[2]?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 13,
      startColumn: 5,
    });
  });

  it('keeps fingerprints stable when lines move, and distinct per finding', async () => {
    const fingerprints = (r: Report) =>
      (JSON.parse(renderSarif(r, RULES)) as Log).runs[0]?.results?.map(
        (x) => x.partialFingerprints?.[FINGERPRINT_KEY],
      );
    const before = fingerprints(report);
    expect(new Set(before).size).toBe(3);
    const moved = await lintReport(`-- A note added at the top.\n\n${changeSql}`);
    expect(moved.report.migrations[1]?.findings[0]?.line).toBe(4);
    expect(fingerprints(moved.report)).toEqual(before);
  });

  it('hashes with SHA-256', async () => {
    for (const text of ['', 'abc', 'é漢字🙂'.repeat(40)]) {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
      expect(sha256HexSync(text)).toBe(hex);
    }
  });
});

describe('a staging run that failed: no claim about what did not run', () => {
  const failedRow = (md: string, line: number) =>
    cells(md.split('\n').find((l) => l.startsWith(`| ${line} | `)) ?? '');

  it('text: durations and locks only for what ran; the failure and the lines never run', () => {
    const text = renderText(withFailure(report), { color: false, sources });
    expect(text).toContain(
      'staging: failed, 1 statement(s) traced; 1 rolled back, 1 failed, 2 not run',
    );
    expect(text).toContain(
      'line 2: 40 ms; locks Share on public.projects; rolled back when a later statement failed',
    );
    expect(text).toContain('line 5: failed: relation "public.workspaces" does not exist');
    expect(text).not.toMatch(/line 5: [\d—]/);
    expect(text).toContain('not run (an earlier statement failed), so not traced: line 11, 13');
  });

  it('text: the verdict says the history did not replay, and which findings are environment gaps', () => {
    const lines = renderText(withFailure(report), { color: false, sources }).trimEnd().split('\n');
    const warning =
      '⚠ 1 of 2 earlier files failed on staging: the trace of your files is incomplete';
    expect(lines[1]).toBe(warning);
    expect(lines.slice(-4)).toEqual([
      '✖ 2 errors, 1 warning, 1 notice in 2 files',
      '  1 not validated on staging (an environment gap: it does not fail the check)',
      warning,
      expect.stringMatching(/^next: /),
    ]);
  });

  it('JSON: failed and not-run statements carry a status and no duration, locks or rewrites', () => {
    const failed = withFailure(report);
    const parsed = JSON.parse(renderJson(failed)) as Report;
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(REPORT_JSON_SCHEMA);
    expect(validate(parsed), ajv.errorsText(validate.errors)).toBe(true);
    const statements = parsed.migrations.find((m) => m.file === CHANGE)?.statements ?? [];
    expect(statements.map((s) => s.status)).toEqual([
      'rolled-back',
      'failed',
      'not-run',
      'not-run',
    ]);
    expect(statements[0]).toMatchObject({
      durationMs: 40,
      locks: [{ relation: 'public.projects' }],
    });
    for (const s of statements.slice(1)) {
      expect(Object.keys(s)).not.toContain('durationMs');
      expect(Object.keys(s)).not.toContain('locks');
      expect(Object.keys(s)).not.toContain('rewrites');
    }
    expect(parsed.history).toEqual(failed.history);
    // The contract holds: a failed statement that claims locks is not a valid report.
    const claiming = structuredClone(parsed);
    const second = claiming.migrations.find((m) => m.file === CHANGE)?.statements[1];
    if (second) second.locks = [];
    expect(validate(claiming)).toBe(false);
  });

  it('Markdown: the verdict names the incomplete history; cells of unrun statements say so', () => {
    const md = renderMarkdown(withFailure(report));
    expect(md.split('\n')[0]).toBe(
      '### ❌ 2 errors, 1 warning, 1 notice in 2 migrations — 1 not validated on staging (an environment gap: it does not fail the check); 1 of 2 earlier files failed on staging: the trace of your files is incomplete',
    );
    expect(md).toContain(
      '<summary>Statements: 4 (1 rolled back, 1 failed, 2 not run), 40 ms in those that ran, 1 lock seen</summary>',
    );
    expect(failedRow(md, 2).slice(2, 4)).toEqual([
      '40 ms (rolled back)',
      'ShareLock on `public.projects`',
    ]);
    expect(failedRow(md, 5).slice(2, 5)).toEqual(['❌ failed', 'unknown', 'unknown']);
    expect(failedRow(md, 11).slice(2, 5)).toEqual(['not run', 'unknown', 'unknown']);
    expect(md).toContain(
      '- ❌ Failed on staging at L5: its locks and duration, and those of every statement after it, are unknown',
    );
    expect(md).not.toMatch(/No lock that blocks|No lock on a table/);
  });

  it('Markdown: a clean report over an incomplete history is not a green tick', () => {
    const clean = withFailure(report);
    for (const m of clean.migrations) m.findings = [];
    clean.summary = summarize(clean.migrations);
    expect(renderMarkdown(clean).split('\n')[0]).toBe(
      '### ⚠️ No problems found in 2 migrations — 1 of 2 earlier files failed on staging: the trace of your files is incomplete',
    );
  });

  it('SARIF: an environment gap is a warning marked as such; the history is a run notification', () => {
    const log = JSON.parse(renderSarif(withFailure(report), RULES)) as Log;
    expect(validateSarifLog(log)).toBe(true);
    const run = log.runs[0];
    const gap = run?.results?.find((r) => r.ruleId === 'trace-not-validated');
    expect(gap).toMatchObject({ level: 'warning', properties: { environmentGap: true } });
    expect(gap?.message.text).toContain('most likely because 20240101000000_init.sql:1 failed');
    expect(run?.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toBe(
      '1 of 2 earlier files failed on staging: the trace of your files is incomplete',
    );
  });
});

describe('reachesThreshold', () => {
  it('never counts an environment gap, whatever fail-on is', () => {
    const onlyGaps = withFailure(report);
    for (const m of onlyGaps.migrations) m.findings = m.findings.filter((f) => f.environmentGap);
    onlyGaps.summary = summarize(onlyGaps.migrations);
    expect(onlyGaps.summary.warnings).toBe(1);
    for (const threshold of ['error', 'warning', 'notice'] as const) {
      expect(reachesThreshold(onlyGaps, threshold)).toBe(false);
    }
    expect(reachesThreshold(withFailure(report), 'error')).toBe(true);
    expect(reachesThreshold(report, 'never')).toBe(false);
  });
});
