import type { Finding } from '../report/finding.ts';
import type { Statement, Suppression } from '../sql/statement.ts';
import { engineFinding, UNCONFIGURABLE_IDS } from './engine-findings.ts';

/**
 * The findings no suppression comment silences, plus the engine's findings about the comments
 * themselves: rule ids it does not know, and suppressions of active rules that matched nothing.
 */
export function applySuppressions(
  findings: Finding[],
  statements: readonly Pick<Statement, 'suppressions'>[],
  fileSuppressions: Suppression[],
  known: ReadonlySet<string>,
  activeIds: ReadonlySet<string>,
): Finding[] {
  const kept: Finding[] = [];
  for (const f of findings) {
    const statement = f.statement === undefined ? undefined : statements[f.statement];
    const match =
      statement?.suppressions.find((s) => s.rules.includes(f.rule)) ??
      fileSuppressions.find((s) => s.rules.includes(f.rule));
    if (match) match.used = true;
    else kept.push(f);
  }
  const all = [...statements.flatMap((s) => s.suppressions), ...fileSuppressions];
  for (const s of all) {
    const unknown = s.rules.filter((r) => !known.has(r));
    if (unknown.length > 0) {
      kept.push(
        engineFinding(
          'invalid-suppression',
          s.line,
          `Unknown rule id${unknown.length > 1 ? 's' : ''} ${unknown.map((r) => `'${r}'`).join(', ')} in a suppression comment.`,
        ),
      );
    } else if (s.rules.some((r) => UNCONFIGURABLE_IDS.has(r))) {
      const fixed = s.rules.filter((r) => UNCONFIGURABLE_IDS.has(r));
      kept.push(
        engineFinding(
          'invalid-suppression',
          s.line,
          `${fixed.map((r) => `'${r}'`).join(', ')} cannot be suppressed: the apply engine refuses the file on staging and in production whatever a comment says.`,
        ),
      );
    } else if (!s.used && s.rules.some((r) => activeIds.has(r))) {
      // A suppression of rules that did not run (turned off) cannot be judged unused.
      kept.push(
        engineFinding(
          'unused-suppression',
          s.line,
          `This suppression of ${s.rules.join(', ')} matched no finding; remove it so it cannot hide a future one.`,
        ),
      );
    }
  }
  return kept;
}
