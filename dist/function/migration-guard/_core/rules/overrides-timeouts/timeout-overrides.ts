import {
  describeSettingChange,
  type SettingChange,
  type SettingStatement,
  settingChangesOf,
} from '../../sql/setting-changes.ts';

/** The engine's own limits, in milliseconds (0: no limit), as `apply` in the config sets them. */
export interface TimeoutLimits {
  lockTimeoutMs: number;
  statementTimeoutMs: number;
}

/**
 * A change to lock_timeout or statement_timeout that switches the engine's limit off or raises
 * it. Pure: the rule and the apply engine share it.
 */
export interface TimeoutOverride {
  /** What it does, e.g. `SET lock_timeout = '0'`. */
  what: string;
  setting: 'lock_timeout' | 'statement_timeout';
  /** File line, for SQL inside a DO block; the statement's own line otherwise. */
  line?: number;
  /**
   * Inside a DO block: it takes effect in the middle of one top-level statement, where the
   * engine cannot put its limit back. Otherwise a top-level statement, after which it does.
   */
  inBody: boolean;
  /** The new value in milliseconds (0: no limit); null when it is computed or the default. */
  valueMs: number | null;
}

const SETTINGS = {
  lock_timeout: 'lockTimeoutMs',
  statement_timeout: 'statementTimeoutMs',
} as const;

/**
 * Every SET, SET LOCAL, RESET, set_config or UPDATE pg_settings the statement runs (top level
 * or in a DO block, nested blocks included) that gives lock_timeout or statement_timeout no
 * limit, a limit above the engine's, or a value only the server knows. Lowering them is fine;
 * so are function definitions (their SET clauses and bodies run when the application calls
 * them) and ALTER ROLE/DATABASE ... SET (later sessions). RESET and DEFAULT count only inside a
 * DO block: there they drop the engine's limit for the rest of the block.
 */
export function timeoutOverridesOf(
  statement: SettingStatement,
  limits: TimeoutLimits,
): TimeoutOverride[] {
  return settingChangesOf(statement).flatMap((change) => {
    const setting = timeoutSetting(change);
    if (!setting || (change.scope !== 'statement' && change.scope !== 'block')) return [];
    const inBody = change.scope === 'block';
    const limit = limits[SETTINGS[setting]];
    if (limit === 0) return [];
    let valueMs: number | null = null;
    if (change.value.kind === 'default') {
      if (!inBody) return [];
    } else if (change.value.kind === 'literal') {
      valueMs = parseMilliseconds(change.value.text);
      if (valueMs !== null && valueMs !== 0 && valueMs <= limit) return [];
    }
    const found: TimeoutOverride = {
      what: describeSettingChange(change),
      setting,
      inBody,
      valueMs,
    };
    return [change.line === undefined ? found : { ...found, line: change.line }];
  });
}

function timeoutSetting(change: SettingChange): keyof typeof SETTINGS | undefined {
  return change.setting === 'lock_timeout' || change.setting === 'statement_timeout'
    ? change.setting
    : undefined;
}

/** Milliseconds per unit Postgres accepts for a time setting whose base unit is ms. */
const UNITS: Readonly<Record<string, number>> = {
  us: 0.001,
  ms: 1,
  s: 1000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/**
 * A lock_timeout or statement_timeout value in milliseconds, read as Postgres does (a bare
 * number is milliseconds; units us, ms, s, min, h, d; fractions rounded to whole ms); null when
 * Postgres would reject it.
 */
export function parseMilliseconds(value: string): number | null {
  const match =
    /^\s*([+-]?(?:0[xX][0-9a-fA-F]+|\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))\s*([a-zA-Z]*)\s*$/.exec(
      value,
    );
  if (!match) return null;
  const [, number = '', unit = ''] = match;
  const factor = unit === '' ? 1 : UNITS[unit];
  if (factor === undefined) return null;
  const amount = /^[+-]?0[xX]/.test(number)
    ? Number.parseInt(number, 16)
    : /^[+-]?0\d+$/.test(number)
      ? Number.parseInt(number, 8)
      : Number(number);
  if (!Number.isFinite(amount)) return null;
  const ms = roundHalfEven(amount * factor);
  return ms < 0 || ms > 2_147_483_647 ? null : ms;
}

/** C's rint() under the default rounding mode. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
