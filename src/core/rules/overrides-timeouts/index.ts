import { type ApplySettings, DEFAULT_CONFIG, type RuleOptions } from '../../config/config.ts';
import type { Rule } from '../rule.ts';
import {
  type TimeoutLimits,
  type TimeoutOverride,
  timeoutOverridesOf,
} from './timeout-overrides.ts';

export const overridesTimeouts: Rule = {
  meta: {
    id: 'overrides-timeouts',
    defaultSeverity: 'error',
    category: 'locks',
    summary:
      "A DO block that switches lock_timeout or statement_timeout off or above the engine's limit (an error: the engine refuses it), or a top-level SET/set_config that does (a notice: it has no effect under migration-guard, but has under psql).",
    fix: "Keep the engine's limits: drop the SET. A statement that needs longer belongs in a file of its own, with apply.lockTimeoutMs / apply.statementTimeoutMs raised in migration-guard.config.json.",
  },
  statement(ctx) {
    // The statements a DO block runs are read with the block itself, at their own lines.
    if (ctx.statement.parent) return;
    const limits = engineLimits(ctx.options);
    const reported = new Set<string>();
    for (const override of timeoutOverridesOf(ctx.statement, limits)) {
      const line = override.line ?? ctx.statement.line;
      const key = `${line}:${override.what}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        ...(line !== ctx.statement.line ? { line, column: 1 } : {}),
        message: timeoutOverrideMessage(override, limits),
        severity: override.inBody ? 'error' : 'notice',
      });
    }
  },
};

/**
 * The engine's limits from the config's `apply` settings. Rules are typed to see only the rule
 * options, but the lint passes them the whole config; without it, the defaults apply.
 */
function engineLimits(options: RuleOptions): TimeoutLimits {
  const apply = (options as RuleOptions & { apply?: Partial<ApplySettings> }).apply;
  return {
    lockTimeoutMs: apply?.lockTimeoutMs ?? DEFAULT_CONFIG.apply.lockTimeoutMs,
    statementTimeoutMs: apply?.statementTimeoutMs ?? DEFAULT_CONFIG.apply.statementTimeoutMs,
  };
}

/** What the override does under the engine; the engine's refusal says the same for a DO block. */
export function timeoutOverrideMessage(override: TimeoutOverride, limits: TimeoutLimits): string {
  const limitMs =
    override.setting === 'lock_timeout' ? limits.lockTimeoutMs : limits.statementTimeoutMs;
  const key = override.setting === 'lock_timeout' ? 'lockTimeoutMs' : 'statementTimeoutMs';
  const value =
    override.valueMs === 0
      ? 'switches it off'
      : override.valueMs === null
        ? 'sets it to a value migration-guard cannot read (computed, or the default, which is usually no limit)'
        : `raises it to ${override.valueMs} ms`;
  const limit = `the engine's ${override.setting} is ${limitMs} ms (apply.${key})`;
  if (override.inBody)
    return `${override.what} inside a DO block ${value}; ${limit}. The engine restores its limit after each top-level statement, not in the middle of one, so what the block does after this line runs without it: ${override.setting === 'lock_timeout' ? 'a lock wait queues every read and write of the table behind it' : 'a runaway statement holds its locks until it ends'}. migration-guard refuses to apply this file.`;
  return `${override.what} ${value}; ${limit}. It has no effect under migration-guard, which restores its limit after every top-level statement, but it does under psql or supabase db push, where the statements after it run without the limit.`;
}
