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
      "A DO block that switches lock_timeout off or above the engine's limit (an error: the engine refuses it), or a top-level SET/set_config of lock_timeout or statement_timeout that does (a notice: it has no effect under migration-guard, but has under psql).",
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
        severity: refusedInBody(override) ? 'error' : 'notice',
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

/**
 * The overrides the engine refuses: `lock_timeout` lifted inside a DO block, which the server
 * reads at every lock wait of the block's later statements. (`statement_timeout` is armed when
 * the statement starts: lifting it inside the block does not lift it for the block, and the
 * engine restores it before the next statement.)
 */
export function refusedInBody(override: TimeoutOverride): boolean {
  return override.inBody && override.setting === 'lock_timeout';
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
  if (refusedInBody(override))
    return `${override.what} inside a DO block ${value}; ${limit}. The engine restores its limit after each top-level statement, not in the middle of one, so a lock the block waits for after this line would queue every read and write of the table behind it. migration-guard refuses to apply this file.`;
  if (override.inBody)
    return `${override.what} inside a DO block ${value}; ${limit}. It has no effect on the block itself (the server armed statement_timeout when the statement started) nor, under migration-guard, on the statements after it; under psql or supabase db push they would run without the limit.`;
  return `${override.what} ${value}; ${limit}. It has no effect under migration-guard, which restores its limit after every top-level statement, but it does under psql or supabase db push, where the statements after it run without the limit.`;
}
