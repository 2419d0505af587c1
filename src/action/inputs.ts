import * as core from '@actions/core';
import type { Severity } from '../core/report/finding.ts';
import { InputError } from '../workspace/input-error.ts';

type ActionMode = 'check' | 'deploy';
export type FailOn = Severity | 'never';

const MODES: readonly ActionMode[] = ['check', 'deploy'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

/** A `fail-on` deploy may require of the check: `error` or stricter. */
export type RequiredFailOn = Exclude<FailOn, 'never'>;

/** How strict each `fail-on` is: higher fails on more (notice fails on any finding). */
export const FAIL_ON_STRICTNESS: Record<FailOn, number> = {
  never: 0,
  error: 1,
  warning: 2,
  notice: 3,
};

/** The Action's inputs (action.yml), parsed and checked. Empty optional inputs are undefined. */
export interface ActionInputs {
  mode: ActionMode;
  migrationsDir: string;
  githubToken: string | undefined;
  databaseUrl: string | undefined;
  supabaseAccessToken: string | undefined;
  supabaseProjectRef: string | undefined;
  failOn: FailOn;
  configPath: string | undefined;
  comment: boolean;
  pgVersion: number | undefined;
  deploy: DeployInputs;
}

/** Inputs only deploy mode reads. */
interface DeployInputs {
  /** Base URL of the project's functions (`https://<ref>.supabase.co/functions/v1`). */
  functionUrl: string | undefined;
  deploySecret: string | undefined;
  oidcAudience: string | undefined;
  requiredApprovals: number;
  trustedCheckAuthors: string[];
  /** The loosest `fail-on` a pull request's check may have run with; `error` unless made stricter. */
  requiresFailOn: RequiredFailOn;
  deployWindow: string | undefined;
  outsideWindow: 'wait' | 'refuse';
  allowOutOfOrder: boolean;
  timeoutMinutes: number;
}

/** Read the inputs the runner passes as `INPUT_*` variables; `eventName` picks the default mode. */
export function readInputs(eventName: string | undefined): ActionInputs {
  return {
    mode: readMode(eventName),
    migrationsDir: optional('migrations-dir') ?? 'supabase/migrations',
    githubToken: optional('github-token'),
    databaseUrl: optional('database-url'),
    supabaseAccessToken: optional('supabase-access-token'),
    supabaseProjectRef: optional('supabase-project-ref'),
    failOn: oneOf('fail-on', optional('fail-on') ?? 'error', FAIL_ON),
    configPath: optional('config'),
    comment: readBoolean('comment', true),
    pgVersion: readPgVersion(),
    deploy: readDeployInputs(),
  };
}

function readDeployInputs(): DeployInputs {
  const projectRef = optional('supabase-project-ref');
  return {
    functionUrl:
      optional('function-url') ??
      (projectRef !== undefined ? `https://${projectRef}.supabase.co/functions/v1` : undefined),
    deploySecret: optional('deploy-secret'),
    oidcAudience: optional('oidc-audience'),
    requiredApprovals: readInteger('required-approvals', 1, 0, 100),
    trustedCheckAuthors: (optional('trusted-check-authors') ?? 'github-actions[bot]')
      .split(',')
      .map((login) => login.trim())
      .filter((login) => login !== ''),
    requiresFailOn: readRequiredFailOn(),
    deployWindow: optional('deploy-window'),
    outsideWindow: oneOf('outside-window', optional('outside-window') ?? 'refuse', [
      'wait',
      'refuse',
    ] as const),
    allowOutOfOrder: readBoolean('allow-out-of-order', false),
    timeoutMinutes: readInteger('deploy-timeout-minutes', 60, 1, 360),
  };
}

function readRequiredFailOn(): RequiredFailOn {
  const text = optional('deploy-requires-fail-on') ?? 'error';
  if (text === 'never') {
    throw new InputError(
      "input 'deploy-requires-fail-on' may only be made stricter than error, not 'never': a check with fail-on: never passes whatever it finds, so it would let any migration through",
      "set 'deploy-requires-fail-on' to error (the default), warning or notice",
    );
  }
  return oneOf('deploy-requires-fail-on', text, ['error', 'warning', 'notice'] as const);
}

function readInteger(name: string, fallback: number, min: number, max: number): number {
  const text = optional(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(
      `input '${name}' must be a whole number from ${min} to ${max}, not '${text}'`,
      `set '${name}' to a number in that range`,
    );
  }
  return value;
}

function readMode(eventName: string | undefined): ActionMode {
  const given = optional('mode');
  if (given !== undefined) return oneOf('mode', given, MODES);
  if (eventName === 'pull_request') return 'check';
  if (eventName === 'push' || eventName === 'workflow_dispatch') return 'deploy';
  throw new InputError(
    `input 'mode' is not set and the event '${eventName ?? '(none)'}' does not imply one`,
    "set 'mode: check' or 'mode: deploy' in the workflow step",
  );
}

function readPgVersion(): number | undefined {
  const text = optional('pg-version');
  if (text === undefined) return undefined;
  const version = Number(text);
  if (!Number.isInteger(version) || version < 9 || version > 99) {
    throw new InputError(
      `input 'pg-version' must be a Postgres major version such as 15, not '${text}'`,
      'set the major version production runs',
    );
  }
  return version;
}

function readBoolean(name: string, fallback: boolean): boolean {
  const text = optional(name);
  if (text === undefined) return fallback;
  // The YAML 1.2 core schema's spellings, as GitHub's own getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new InputError(
    `input '${name}' must be true or false, not '${text}'`,
    `set '${name}: true' or '${name}: false'`,
  );
}

function oneOf<T extends string>(name: string, text: string, allowed: readonly T[]): T {
  const match = allowed.find((value) => value === text);
  if (match === undefined) {
    throw new InputError(
      `input '${name}' must be one of ${allowed.join(', ')}, not '${text}'`,
      `set '${name}' to one of ${allowed.join(', ')}`,
    );
  }
  return match;
}

function optional(name: string): string | undefined {
  const text = core.getInput(name);
  return text === '' ? undefined : text;
}
