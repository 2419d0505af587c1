import type { Invocation, Log, ReportingDescriptor, Result } from 'sarif';
import { REPOSITORY_URL, ruleDocsUrl } from '../project.ts';
import type { RuleMeta } from '../rules/rule.ts';
import type { Finding, Severity } from './finding.ts';
import type { MigrationReport, Report } from './report.ts';
import { historyWarning } from './report-wording.ts';
import { sha256HexSync } from './sha256-sync.ts';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Our key in `partialFingerprints`; bump the suffix if what it hashes changes. */
export const FINGERPRINT_KEY = 'migrationGuardStatementHash/v1';

const LEVEL: Record<Severity, Result.level> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/**
 * The report as SARIF 2.1.0 for GitHub code scanning: one run whose driver lists every rule of
 * the catalogue, and one result per finding at its file, line and column.
 */
export function renderSarif(report: Report, rules: readonly { meta: RuleMeta }[]): string {
  return `${JSON.stringify(sarifLog(report, rules), null, 2)}\n`;
}

function sarifLog(report: Report, rules: readonly { meta: RuleMeta }[]): Log {
  const descriptors = rules.map((r) => ruleDescriptor(r.meta));
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
  const results: Result[] = [];
  for (const migration of report.migrations) {
    const seen = new Map<string, number>();
    for (const finding of migration.findings) {
      let ruleIndex = indexOf.get(finding.rule);
      if (ruleIndex === undefined) {
        // Trace and check findings may carry ids outside the lint catalogue; SARIF wants them listed.
        ruleIndex = descriptors.push(unlistedDescriptor(finding)) - 1;
        indexOf.set(finding.rule, ruleIndex);
      }
      const basis = sha256HexSync(
        `${finding.rule}\n${migration.file}\n${fingerprintText(migration, finding)}`,
      );
      // The same rule on two identical statements of one file still needs two fingerprints.
      const occurrence = (seen.get(basis) ?? 0) + 1;
      seen.set(basis, occurrence);
      results.push(result(migration, finding, ruleIndex, `${basis}:${occurrence}`));
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPOSITORY_URL,
            rules: descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        ...invocations(report),
        results,
      },
    ],
  };
}

/**
 * A history that did not replay makes every trace result incomplete: said once for the run,
 * as a notification, since no file or line carries it.
 */
function invocations(report: Report): { invocations?: Invocation[] } {
  const history = historyWarning(report);
  if (!history) return {};
  return {
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [{ level: 'warning', message: { text: history } }],
      },
    ],
  };
}

function ruleDescriptor(meta: RuleMeta): ReportingDescriptor {
  const docs = ruleDocsUrl(meta.id);
  const fence = meta.fix.includes('```') ? '````' : '```';
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.summary },
    fullDescription: {
      text: `${meta.summary} The documentation page explains the risk and the safe alternative.`,
    },
    help: {
      text: `${meta.summary}\n\nWrite instead:\n${meta.fix}\n\nDocumentation: ${docs}`,
      markdown: `${meta.summary}\n\nWrite instead:\n\n${fence}sql\n${meta.fix}\n${fence}\n\n[Documentation](${docs})`,
    },
    helpUri: docs,
    defaultConfiguration:
      meta.defaultSeverity === 'off'
        ? { level: 'note', enabled: false }
        : { level: LEVEL[meta.defaultSeverity] },
    properties: { tags: ['migrations', 'postgres', meta.category], precision: 'high' },
  };
}

function unlistedDescriptor(finding: Finding): ReportingDescriptor {
  const docs = finding.docs ?? ruleDocsUrl(finding.rule);
  return {
    id: finding.rule,
    shortDescription: { text: `${finding.rule} (${finding.source})` },
    helpUri: docs,
    defaultConfiguration: { level: LEVEL[finding.severity] },
  };
}

function result(
  migration: MigrationReport,
  finding: Finding,
  ruleIndex: number,
  fingerprint: string,
): Result {
  const fix = finding.fix ? `\n\nSafe alternative:\n${finding.fix}` : '';
  const seen = (finding.confirmedBy ?? [])
    .map((c) => `\n\nConfirmed on staging by ${c.rule}: ${c.evidence}`)
    .join('');
  const also = finding.also?.length ? `\n\nAlso reported as: ${finding.also.join(', ')}.` : '';
  const properties = {
    // Staging could not check the statement; the SQL is not known to be at fault.
    ...(finding.environmentGap ? { environmentGap: true } : {}),
    // Rules folded into this finding (the same problem): their ids, for filters by rule.
    ...(finding.also?.length ? { also: finding.also } : {}),
    ...(finding.confirmedBy?.length ? { confirmedBy: finding.confirmedBy } : {}),
  };
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: `${finding.message}${seen}${also}${fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(migration.file),
          region: {
            startLine: Math.max(1, finding.line),
            startColumn: Math.max(1, finding.column),
            ...(finding.endLine && finding.endLine >= finding.line
              ? { endLine: finding.endLine }
              : {}),
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/** Repository-relative paths resolve against %SRCROOT%, which code scanning maps to the checkout. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const encoded = path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  if (path.startsWith('/')) return { uri: `file://${encoded}` };
  return { uri: encoded, uriBaseId: '%SRCROOT%' };
}

/**
 * What identifies a finding across pushes: the text of its statement, whitespace-normalized, so
 * editing other statements (and shifting lines) does not reopen or duplicate the alert.
 */
function fingerprintText(migration: MigrationReport, finding: Finding): string {
  let containing: string | undefined;
  for (const s of migration.statements) {
    const lastLine = s.line + s.sql.split('\n').length - 1;
    if (s.line <= finding.line && finding.line <= lastLine) containing = s.sql;
  }
  return (containing ?? '').replace(/\s+/g, ' ').trim();
}

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
