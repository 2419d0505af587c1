import type { Config } from '../config/config.ts';
import { ruleDocsUrl } from '../project.ts';
import type { Finding, Severity } from '../report/finding.ts';
import { applyRefused } from '../rules/apply-refused/index.ts';
import { fileTooLarge } from '../rules/file-too-large/index.ts';
import { invalidSuppression } from '../rules/invalid-suppression/index.ts';
import type { Rule } from '../rules/rule.ts';
import { syntaxError } from '../rules/syntax-error/index.ts';
import { unusedSuppression } from '../rules/unused-suppression/index.ts';

/** The findings the engine raises itself: configurable and suppressible like any rule. */
export const ENGINE_RULES: readonly Rule[] = [
  syntaxError,
  fileTooLarge,
  applyRefused,
  invalidSuppression,
  unusedSuppression,
];

/**
 * Findings no suppression comment silences and the config cannot change: the apply engine
 * refuses their file whatever either says.
 */
export const UNCONFIGURABLE_IDS: ReadonlySet<string> = new Set([applyRefused.meta.id]);

export const ENGINE_IDS: readonly string[] = ENGINE_RULES.map((r) => r.meta.id);

/** The severity the config gives an engine finding, else its default. */
export function engineSetting(config: Config, id: string): Severity | 'off' {
  const rule = ENGINE_RULES.find((r) => r.meta.id === id);
  return config.rules[id] ?? rule?.meta.defaultSeverity ?? 'error';
}

/** An engine finding at its default severity; `withEngineSeverities` applies the config. */
export function engineFinding(rule: string, line: number, message: string): Finding {
  const meta = ENGINE_RULES.find((r) => r.meta.id === rule)?.meta;
  const severity = meta?.defaultSeverity === 'off' ? 'notice' : (meta?.defaultSeverity ?? 'error');
  return {
    rule,
    severity,
    line,
    column: 1,
    message,
    source: 'lint',
    ...(meta ? { fix: meta.fix } : {}),
    docs: ruleDocsUrl(rule),
  };
}

/** Engine findings obey the config like any rule: another severity, or `off`. */
export function withEngineSeverities(findings: Finding[], config: Config): Finding[] {
  return findings.flatMap((f) => {
    if (!ENGINE_IDS.includes(f.rule)) return [f];
    const setting = engineSetting(config, f.rule);
    return setting === 'off' ? [] : [{ ...f, severity: setting }];
  });
}
