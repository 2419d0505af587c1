import { closest } from './closest.ts';
import type { Severity } from '../report/finding.ts';

export type RuleSetting = Severity | 'off';

/** Settings every rule may read. */
export interface RuleOptions {
  /** The Postgres major version production runs; drives version-dependent verdicts. */
  pgVersion: number;
  /** Days a column must be marked deprecated before `drop-column` allows dropping it. */
  deprecationDays: number;
  /** Schemas the Data API exposes: tables there must be protected by RLS. */
  exposedSchemas: string[];
  /** Column names that identify a tenant. */
  tenantColumns: string[];
}

/** How the apply engine runs migrations (staging and production alike). */
export interface ApplySettings {
  /** lock_timeout of every transaction, in milliseconds. */
  lockTimeoutMs: number;
  /** statement_timeout of every transaction, in milliseconds. */
  statementTimeoutMs: number;
  /** Tries of a transaction that hits lock_timeout, the first included. */
  maxAttempts: number;
  /** First backoff step before a retry, in milliseconds (doubles per try, with jitter). */
  baseDelayMs: number;
  /** Longest backoff between tries, in milliseconds. */
  maxDelayMs: number;
}

/** The isolation probes run on the staging target after the migrations. */
interface ProbeSettings {
  /** Run them (default true). */
  enabled: boolean;
  /**
   * One SQL statement that makes a tenant whose member is the user id bound to `$1` and
   * returns the tenant's id as its first column; for schemas whose tenants the probes cannot
   * find from foreign keys (a tenant table and a membership table referencing auth.users).
   */
  setupSql?: string;
}

/**
 * The Postgres major versions whose lock, rewrite and feature rules the checks know: 10 (the
 * first with one-number majors) to 18. Supabase runs 15 and 17.
 */
export const PG_VERSIONS = { min: 10, max: 18 } as const;

/** migration-guard.config.json, every key optional. */
export interface Config extends RuleOptions {
  apply: ApplySettings;
  probes: ProbeSettings;
  /** Per-rule severity or `off`. */
  rules: Record<string, RuleSetting>;
  /** Directory of migration files, relative to the repository root. */
  migrationsDir: string;
}

export const DEFAULT_CONFIG: Config = {
  pgVersion: 15,
  deprecationDays: 7,
  exposedSchemas: ['public'],
  tenantColumns: [
    'workspace_id',
    'account_id',
    'org_id',
    'organization_id',
    'team_id',
    'tenant_id',
  ],
  rules: {},
  migrationsDir: 'supabase/migrations',
  probes: { enabled: true },
  apply: {
    lockTimeoutMs: 500,
    statementTimeoutMs: 600_000,
    maxAttempts: 5,
    baseDelayMs: 250,
    maxDelayMs: 10_000,
  },
};

const APPLY_LIMITS: Record<keyof ApplySettings, [number, number]> = {
  lockTimeoutMs: [1, 600_000],
  statementTimeoutMs: [0, 86_400_000],
  maxAttempts: [1, 100],
  baseDelayMs: [0, 600_000],
  maxDelayMs: [0, 3_600_000],
};

/** A configuration problem, naming the key at fault. */
export class ConfigError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

const SETTINGS: readonly string[] = ['error', 'warning', 'notice', 'off'];

/**
 * Validate a parsed config object into a Config. Unknown keys are errors: a misspelt key
 * silently ignored is a rule silently on.
 */
export function parseConfig(value: unknown, knownRules: ReadonlySet<string>): Config {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError('(root)', 'the config must be a JSON object');
  }
  const input = value as Record<string, unknown>;
  const config: Config = {
    ...DEFAULT_CONFIG,
    rules: {},
    apply: { ...DEFAULT_CONFIG.apply },
    probes: { ...DEFAULT_CONFIG.probes },
  };
  for (const [key, v] of Object.entries(input)) {
    switch (key) {
      case '$schema':
        break;
      case 'pgVersion':
        config.pgVersion = integer(key, v, PG_VERSIONS.min, PG_VERSIONS.max);
        break;
      case 'deprecationDays':
        config.deprecationDays = integer(key, v, 0, 3650);
        break;
      case 'exposedSchemas':
        config.exposedSchemas = stringList(key, v);
        break;
      case 'tenantColumns':
        config.tenantColumns = stringList(key, v);
        break;
      case 'migrationsDir':
        if (typeof v !== 'string' || v === '') {
          throw new ConfigError(key, `'${key}' must be a non-empty string`);
        }
        config.migrationsDir = v;
        break;
      case 'apply': {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) {
          throw new ConfigError(key, `'apply' must be an object of engine settings`);
        }
        for (const [name, setting] of Object.entries(v as Record<string, unknown>)) {
          const limits = APPLY_LIMITS[name as keyof ApplySettings];
          if (!limits) {
            throw new ConfigError(
              `apply.${name}`,
              `unknown key 'apply.${name}'${didYouMean(name, Object.keys(APPLY_LIMITS))}`,
            );
          }
          config.apply[name as keyof ApplySettings] = integer(
            `apply.${name}`,
            setting,
            limits[0],
            limits[1],
          );
        }
        break;
      }
      case 'probes':
        config.probes = probeSettings(v);
        break;
      case 'rules': {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) {
          throw new ConfigError(key, `'rules' must be an object of rule id to severity`);
        }
        for (const [rule, setting] of Object.entries(v as Record<string, unknown>)) {
          if (!knownRules.has(rule)) {
            throw new ConfigError(
              `rules.${rule}`,
              `unknown rule id '${rule}' in 'rules'${didYouMean(rule, knownRules)}`,
            );
          }
          if (rule === 'apply-refused') {
            throw new ConfigError(
              `rules.${rule}`,
              `'rules.apply-refused' cannot be set: the apply engine refuses such a file on staging and in production whatever the config says`,
            );
          }
          if (typeof setting !== 'string' || !SETTINGS.includes(setting)) {
            throw new ConfigError(
              `rules.${rule}`,
              `'rules.${rule}' must be one of ${SETTINGS.join(', ')}`,
            );
          }
          config.rules[rule] = setting as RuleSetting;
        }
        break;
      }
      default:
        throw new ConfigError(key, `unknown key '${key}'${didYouMean(key, CONFIG_KEYS)}`);
    }
  }
  return config;
}

function probeSettings(v: unknown): ProbeSettings {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new ConfigError('probes', `'probes' must be an object: { enabled?, setupSql? }`);
  }
  const settings: ProbeSettings = { enabled: true };
  for (const [name, setting] of Object.entries(v as Record<string, unknown>)) {
    if (name === 'enabled') {
      if (typeof setting !== 'boolean') {
        throw new ConfigError('probes.enabled', `'probes.enabled' must be true or false`);
      }
      settings.enabled = setting;
    } else if (name === 'setupSql') {
      if (typeof setting !== 'string' || setting.trim() === '') {
        throw new ConfigError(
          'probes.setupSql',
          `'probes.setupSql' must be one SQL statement that makes a tenant for the user id $1 and returns its id`,
        );
      }
      settings.setupSql = setting;
    } else {
      throw new ConfigError(
        `probes.${name}`,
        `unknown key 'probes.${name}'${didYouMean(name, ['enabled', 'setupSql'])}`,
      );
    }
  }
  return settings;
}

/** The apply engine's limits (its `ApplyOptions`) as the config's `apply` section sets them. */
export function engineLimits(apply: ApplySettings): {
  lockTimeoutMs: number;
  statementTimeoutMs: number;
  retry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
} {
  return {
    lockTimeoutMs: apply.lockTimeoutMs,
    statementTimeoutMs: apply.statementTimeoutMs,
    retry: {
      maxAttempts: apply.maxAttempts,
      baseDelayMs: apply.baseDelayMs,
      maxDelayMs: apply.maxDelayMs,
    },
  };
}

/** The top-level keys parseConfig knows. */
const CONFIG_KEYS = [
  '$schema',
  'pgVersion',
  'deprecationDays',
  'exposedSchemas',
  'tenantColumns',
  'migrationsDir',
  'apply',
  'probes',
  'rules',
];

function didYouMean(word: string, known: Iterable<string>): string {
  const guess = closest(word, known);
  return guess === undefined ? '' : ` (did you mean '${guess}'?)`;
}

function integer(key: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new ConfigError(key, `'${key}' must be an integer from ${min} to ${max}`);
  }
  return v;
}

function stringList(key: string, v: unknown): string[] {
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && s !== '')) {
    throw new ConfigError(key, `'${key}' must be a list of non-empty strings`);
  }
  return v as string[];
}

/**
 * JSON with comments (`.jsonc`): `//` and `/* *\/` comments outside strings and trailing commas
 * are blanked out with spaces (newlines kept), so a syntax error's position is the position in
 * the text as written; it is thrown as a JsoncError with its line and column.
 */
export function parseJsonc(text: string): unknown {
  let out = '';
  let i = 0;
  let inString = false;
  const blank = (from: number, to: number) => text.slice(from, to).replace(/[^\n]/g, ' ');
  while (i < text.length) {
    const c = text[i] as string;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      i++;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      out += blank(i, stop);
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += blank(i, stop);
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  // The old regex also rewrote `,]` inside strings; commas are dropped outside strings only.
  const json = dropTrailingCommas(out);
  try {
    return JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : json.length;
    const { line, column } = lineAndColumn(text, position);
    const reason = message
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '');
    throw new JsoncError(reason, line, column);
  }
}

/** A syntax error in a JSON or JSONC text, at a 1-based line and column. */
export class JsoncError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** `,` followed (past whitespace) by `}` or `]`, outside strings, becomes a space. */
function dropTrailingCommas(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i] as string;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += json[i + 1] ?? '';
        i++;
      } else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if (c === ',') {
      let j = i + 1;
      while (j < json.length && /\s/.test(json[j] as string)) j++;
      if (json[j] === '}' || json[j] === ']') {
        out += ' ';
        continue;
      }
    }
    out += c;
  }
  return out;
}
