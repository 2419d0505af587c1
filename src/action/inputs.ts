import * as core from '@actions/core';
import type { Severity } from '../core/report/finding.ts';
import { InputError } from '../workspace/input-error.ts';

export type ActionMode = 'check' | 'deploy';
export type FailOn = Severity | 'never';

const MODES: readonly ActionMode[] = ['check', 'deploy'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

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
  };
}

function readMode(eventName: string | undefined): ActionMode {
  const given = optional('mode');
  if (given !== undefined) return oneOf('mode', given, MODES);
  if (eventName === 'pull_request') return 'check';
  if (eventName === 'push') return 'deploy';
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
