/**
 * Strict parsing of deploy request bodies into typed values. Unknown fields are refused at every
 * level, and every error names the field path (`migrations[2].sha256: ...`) so the Action can
 * print it as is.
 *
 * What this does not check: that `sha256` matches `sql` (see `checkChecksums`, which the function
 * runs before applying anything), and anything that needs the database.
 *
 * Runtime-agnostic: Web APIs only.
 */

import { sha256Hex } from '../migrations/migration-file.ts';
import {
  NAME_EXPECTED,
  nameProblem,
  VERSION_EXPECTED,
  versionProblem,
} from '../migrations/migration-identity.ts';
import {
  type ApplyMigration,
  type ApplyRequest,
  COMMIT_PATTERN,
  DEPLOYMENT_ID_PATTERN,
  type HistoryRequest,
  MAX_MIGRATIONS_PER_REQUEST,
  REPOSITORY_PATTERN,
  SHA256_PATTERN,
  type StatusRequest,
} from './protocol.ts';

export type RequestValidation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Past this many errors the rest are summarised: a hostile body must not make a huge answer. */
const MAX_ERRORS = 50;

type JsonObject = Record<string, unknown>;

class ErrorList {
  readonly messages: string[] = [];
  private dropped = 0;

  add(path: string, message: string): void {
    if (this.messages.length < MAX_ERRORS) this.messages.push(`${path || 'body'}: ${message}`);
    else this.dropped++;
  }

  result<T>(value: () => T): RequestValidation<T> {
    if (this.messages.length === 0) return { ok: true, value: value() };
    const errors = [...this.messages];
    if (this.dropped > 0) errors.push(`... and ${this.dropped} more errors`);
    return { ok: false, errors };
  }
}

/**
 * Decode a raw body as UTF-8 JSON. The body is not yet a request: pass the result to one of
 * the `validate*Request` functions.
 */
export function parseRequestJson(bytes: Uint8Array): RequestValidation<unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: ['body: not valid UTF-8'] };
  }
  if (text.trim() === '') {
    return {
      ok: false,
      errors: ['body: empty; send a JSON object (`{}` when there are no fields)'],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, errors: [`body: not valid JSON${detail}`] };
  }
}

export function validateApplyRequest(body: unknown): RequestValidation<ApplyRequest> {
  const errors = new ErrorList();
  const root = objectWithFields(body, '', APPLY_FIELDS, errors);
  if (!root) return errors.result(() => unreachable());
  const deploymentId = requiredString(root, 'deploymentId', '', errors, DEPLOYMENT_ID_RULE);
  const repository = requiredString(root, 'repository', '', errors, REPOSITORY_RULE);
  const commit = requiredString(root, 'commit', '', errors, COMMIT_RULE);
  let allowOutOfOrder = false;
  if (root['allowOutOfOrder'] !== undefined) {
    if (typeof root['allowOutOfOrder'] === 'boolean') allowOutOfOrder = root['allowOutOfOrder'];
    else
      errors.add(
        'allowOutOfOrder',
        `expected true or false, got ${describe(root['allowOutOfOrder'])}`,
      );
  }
  const migrations = migrationList(root['migrations'], errors);
  if (migrations) checkOrder(migrations, errors);
  return errors.result(() => ({
    deploymentId: deploymentId ?? '',
    repository: repository ?? '',
    commit: commit ?? '',
    allowOutOfOrder,
    migrations: migrations ?? [],
  }));
}

export function validateStatusRequest(body: unknown): RequestValidation<StatusRequest> {
  const errors = new ErrorList();
  const root = objectWithFields(body, '', ['deploymentId'], errors);
  if (!root) return errors.result(() => unreachable());
  const deploymentId = requiredString(root, 'deploymentId', '', errors, DEPLOYMENT_ID_RULE);
  return errors.result(() => ({ deploymentId: deploymentId ?? '' }));
}

export function validateHistoryRequest(body: unknown): RequestValidation<HistoryRequest> {
  const errors = new ErrorList();
  objectWithFields(body, '', [], errors);
  return errors.result(() => ({}));
}

export interface ChecksumMismatch {
  /** Position in the request's `migrations`. */
  index: number;
  version: string;
  expected: string;
  actual: string;
  /** Ready for an `invalid request` answer's details. */
  message: string;
}

/** Recompute each migration's SHA-256 from its `sql`; returns the ones that differ. */
export async function checkChecksums(
  migrations: readonly ApplyMigration[],
): Promise<ChecksumMismatch[]> {
  const mismatches: ChecksumMismatch[] = [];
  for (const [index, migration] of migrations.entries()) {
    const actual = await sha256Hex(migration.sql);
    if (actual === migration.sha256) continue;
    mismatches.push({
      index,
      version: migration.version,
      expected: migration.sha256,
      actual,
      message:
        `migrations[${index}].sha256: ${migration.sha256} is not the SHA-256 of its sql ` +
        `(${actual}); the file changed after it was checked`,
    });
  }
  return mismatches;
}

/**
 * Versions must ascend strictly, compared as text like the Supabase CLI orders files.
 * Returns one error per offending migration; empty when the order is right.
 */
export function migrationOrderErrors(
  migrations: readonly Pick<ApplyMigration, 'version'>[],
): string[] {
  const errors = new ErrorList();
  checkOrder(migrations, errors);
  return errors.messages;
}

// ---- Field rules ----

interface StringRule {
  pattern: { test(value: string): boolean };
  expected: string;
}

const DEPLOYMENT_ID_RULE: StringRule = {
  pattern: DEPLOYMENT_ID_PATTERN,
  expected: '1 to 100 characters from A-Z a-z 0-9 . _ -',
};
const REPOSITORY_RULE: StringRule = {
  pattern: REPOSITORY_PATTERN,
  expected: 'a GitHub repository as owner/name',
};
const COMMIT_RULE: StringRule = { pattern: COMMIT_PATTERN, expected: '40 lowercase hex digits' };
/** Versions and names follow the one definition in `migration-identity.ts`, as the engine does. */
const VERSION_RULE: StringRule = {
  pattern: { test: (value) => versionProblem(value) === undefined },
  expected: VERSION_EXPECTED,
};
const NAME_RULE: StringRule = {
  pattern: { test: (value) => nameProblem(value) === undefined },
  expected: NAME_EXPECTED,
};
const SHA256_RULE: StringRule = { pattern: SHA256_PATTERN, expected: '64 lowercase hex digits' };

const APPLY_FIELDS = ['deploymentId', 'repository', 'commit', 'allowOutOfOrder', 'migrations'];
const MIGRATION_FIELDS = ['version', 'name', 'sha256', 'sql'];

function migrationList(value: unknown, errors: ErrorList): ApplyMigration[] | undefined {
  if (value === undefined) {
    errors.add('migrations', 'required');
    return undefined;
  }
  if (!Array.isArray(value)) {
    errors.add('migrations', `expected an array, got ${describe(value)}`);
    return undefined;
  }
  if (value.length === 0) {
    errors.add('migrations', 'expected at least one migration');
    return undefined;
  }
  if (value.length > MAX_MIGRATIONS_PER_REQUEST) {
    errors.add('migrations', `expected at most ${MAX_MIGRATIONS_PER_REQUEST} migrations`);
    return undefined;
  }
  const migrations: ApplyMigration[] = [];
  let complete = true;
  for (const [index, item] of value.entries()) {
    const migration = parseMigrationItem(item, `migrations[${index}]`, errors);
    if (migration) migrations.push(migration);
    else complete = false;
  }
  return complete ? migrations : undefined;
}

function parseMigrationItem(
  value: unknown,
  path: string,
  errors: ErrorList,
): ApplyMigration | undefined {
  const item = objectWithFields(value, path, MIGRATION_FIELDS, errors);
  if (!item) return undefined;
  const version = requiredString(item, 'version', path, errors, VERSION_RULE);
  const name = requiredString(item, 'name', path, errors, NAME_RULE);
  const sha256 = requiredString(item, 'sha256', path, errors, SHA256_RULE);
  const sql = requiredString(item, 'sql', path, errors);
  if (version === undefined || name === undefined || sha256 === undefined || sql === undefined) {
    return undefined;
  }
  return { version, name, sha256, sql };
}

function checkOrder(
  migrations: readonly Pick<ApplyMigration, 'version'>[],
  errors: ErrorList,
): void {
  const firstIndexOf = new Map<string, number>();
  for (const [index, { version }] of migrations.entries()) {
    const path = `migrations[${index}].version`;
    const earlier = firstIndexOf.get(version);
    if (earlier !== undefined) {
      errors.add(path, `${version} duplicates migrations[${earlier}].version`);
      continue;
    }
    firstIndexOf.set(version, index);
    const previous = index > 0 ? migrations[index - 1] : undefined;
    if (previous && version < previous.version) {
      errors.add(
        path,
        `${version} comes before migrations[${index - 1}].version (${previous.version}); ` +
          'send migrations in ascending version order',
      );
    }
  }
}

function objectWithFields(
  value: unknown,
  path: string,
  allowed: readonly string[],
  errors: ErrorList,
): JsonObject | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.add(path, `expected an object, got ${describe(value)}`);
    return undefined;
  }
  const object = value as JsonObject;
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) errors.add(fieldPath(path, key), 'unknown field');
  }
  return object;
}

function requiredString(
  object: JsonObject,
  key: string,
  parentPath: string,
  errors: ErrorList,
  rule?: StringRule,
): string | undefined {
  const path = fieldPath(parentPath, key);
  const value = object[key];
  if (value === undefined) {
    errors.add(path, 'required');
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.add(path, `expected a string, got ${describe(value)}`);
    return undefined;
  }
  if (rule && !rule.pattern.test(value)) {
    errors.add(path, `expected ${rule.expected}, got ${JSON.stringify(truncate(value))}`);
    return undefined;
  }
  return value;
}

function fieldPath(parent: string, key: string): string {
  const shown = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(truncate(key));
  if (parent === '') return shown;
  return shown.startsWith('"') ? `${parent}[${shown}]` : `${parent}.${shown}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}...` : text;
}

function unreachable(): never {
  throw new Error('a validation with errors has no value');
}
