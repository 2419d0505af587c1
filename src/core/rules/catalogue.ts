import { breakingRules } from './catalogue-breaking.ts';
import { dataRules } from './catalogue-data.ts';
import { engineRules } from './catalogue-engine.ts';
import { historyRules } from './catalogue-history.ts';
import { hostAccessRules } from './catalogue-host-access.ts';
import { lockCommandRules } from './catalogue-lock-commands.ts';
import { lockRules } from './catalogue-locks.ts';
import { probeRules } from './catalogue-probes.ts';
import { styleRules } from './catalogue-style.ts';
import { tenancyFunctionRules } from './catalogue-tenancy-functions.ts';
import { tenancyPolicyRules } from './catalogue-tenancy-policies.ts';
import { tenancyTableRules } from './catalogue-tenancy-rls.ts';
import { traceRules } from './catalogue-trace.ts';
import type { Rule } from './rule.ts';

/** Every rule migration-guard knows, in the order the README lists them. */
export const RULES: readonly Rule[] = [
  ...lockRules,
  ...lockCommandRules,
  ...breakingRules,
  ...dataRules,
  ...historyRules,
  ...tenancyTableRules,
  ...tenancyPolicyRules,
  ...tenancyFunctionRules,
  ...hostAccessRules,
  ...styleRules,
  ...traceRules,
  ...probeRules,
  ...engineRules,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
