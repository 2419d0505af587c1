import { type DatabaseError, SqlState } from '../db/database-port.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';

/** What a target lacks when a statement fails for want of an object. */
export interface MissingObject {
  kind: 'extension' | 'schema' | 'function' | 'relation' | 'object';
  /** As Postgres named it, e.g. `pg_cron`, `cron`, `cron.schedule`, `storage.buckets`. */
  name?: string;
  /** SQLSTATE of the error. */
  code: string;
}

/** Who waited for which lock when the retries ran out. */
export interface LockWait {
  /** `schema.name` of relations the statement names that another session holds a lock on. */
  relations: string[];
  /** The other sessions' locks on them, e.g. `AccessShareLock by pid 4711 (idle in transaction)`. */
  holders: string[];
}

/** Why a file did not apply in full. `message` is complete and safe to print as is. */
export interface ApplyFailure {
  /** `out-of-time`: the caller's wall-clock time ran out first; nothing of the unit applied. */
  kind: 'statement-failed' | 'lock-timeout' | 'refused' | 'hook-failed' | 'out-of-time';
  file: string;
  /** Line of the file the error points to (within a multi-line statement when Postgres says where). */
  line: number;
  column?: number;
  /** First line of the failing statement. */
  statementLine?: number;
  /** 0-based index of the failing top-level statement. */
  statementIndex?: number;
  message: string;
  /** Postgres's own message and SQLSTATE, when the server reported the error. */
  postgresMessage?: string;
  sqlState?: string;
  detail?: string;
  hint?: string;
  /** Set when the error says the target lacks an object (extension, schema, function...). */
  missing?: MissingObject;
  /** For `lock-timeout`: tries made and what was waited for. */
  attempts?: number;
  lockWait?: LockWait;
  /** True when units of the file committed before the failure. */
  halfApplied: boolean;
}

/**
 * The line and column in the file of a character offset Postgres reported (1-based, counted in
 * the statement's text as sent), or the statement's own position when there is none.
 */
export function errorPosition(
  statement: Statement,
  error: DatabaseError,
): { line: number; column: number } {
  const position = error.position;
  if (position === undefined || position < 1 || position > statement.text.length + 1) {
    return { line: statement.line, column: statement.column };
  }
  const before = statement.text.slice(0, position - 1);
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return { line: statement.line, column: statement.column + position - 1 };
  return { line: statement.line + newlines, column: before.length - before.lastIndexOf('\n') };
}

const missingCodes: ReadonlySet<string> = new Set([
  SqlState.undefinedObject,
  SqlState.undefinedFile,
  SqlState.undefinedFunction,
  SqlState.undefinedTable,
  '3F000',
]);

/**
 * Classify an error as "the target lacks X". For CREATE EXTENSION the name comes from the
 * statement (Postgres 15 says 58P01 "could not open extension control file ...", 16+ says
 * "extension ... is not available"); otherwise from the first quoted name in the message,
 * which is how Postgres names the missing object.
 */
export function missingObjectOf(
  error: DatabaseError,
  statement?: Statement,
): MissingObject | undefined {
  const extension = statement ? nodeAs(statement.node, 'CreateExtensionStmt') : undefined;
  if (
    extension &&
    (error.code === SqlState.undefinedFile ||
      (error.code === SqlState.featureNotSupported && /not available/.test(error.message)) ||
      (error.code === SqlState.undefinedObject && /extension/.test(error.message)))
  ) {
    return { kind: 'extension', name: extension.extname, code: error.code };
  }
  if (!missingCodes.has(error.code)) return undefined;
  const quoted = /"([^"]+)"/.exec(error.message)?.[1];
  switch (error.code) {
    case '3F000':
      return withName({ kind: 'schema', code: error.code }, quoted);
    case SqlState.undefinedTable:
      return withName({ kind: 'relation', code: error.code }, quoted);
    case SqlState.undefinedFunction: {
      // "function cron.schedule(unknown, unknown) does not exist"
      const fn = /function ([^\s(]+)\(/.exec(error.message)?.[1];
      return withName({ kind: 'function', code: error.code }, fn ?? quoted);
    }
    case SqlState.undefinedFile:
      return withName({ kind: 'object', code: error.code }, quoted);
    default: {
      const kind = /^extension /.test(error.message) ? 'extension' : 'object';
      return withName({ kind, code: error.code }, quoted);
    }
  }
}

function withName(missing: MissingObject, name: string | undefined): MissingObject {
  return name === undefined ? missing : { ...missing, name };
}
