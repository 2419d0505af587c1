import {
  DatabaseError,
  type DatabaseErrorFields,
  type DatabaseNotice,
} from '../core/db/database-port.ts';

/**
 * Both `pg` and PGlite report server errors and notices as objects shaped like pg-protocol's
 * messages (string fields, `position` as a decimal string). This reads that shape without
 * importing either driver's types.
 */

function textField(source: object, key: string): string | undefined {
  const value: unknown = Reflect.get(source, key);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function numberField(source: object, key: string): number | undefined {
  const text = textField(source, key);
  if (text === undefined) return undefined;
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) ? value : undefined;
}

/** A protocol error with a SQLSTATE becomes a `DatabaseError`; anything else is not ours. */
export function databaseErrorFromProtocol(error: unknown): DatabaseError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = textField(error, 'code');
  // A SQLSTATE is five characters; Node system errors use codes like ECONNRESET.
  if (code === undefined || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  const fields: DatabaseErrorFields = {
    code,
    message: textField(error, 'message') ?? `database error ${code}`,
    severity: textField(error, 'severity'),
    position: numberField(error, 'position'),
    internalPosition: numberField(error, 'internalPosition'),
    internalQuery: textField(error, 'internalQuery'),
    detail: textField(error, 'detail'),
    hint: textField(error, 'hint'),
    where: textField(error, 'where'),
    schema: textField(error, 'schema'),
    table: textField(error, 'table'),
    column: textField(error, 'column'),
    constraint: textField(error, 'constraint'),
  };
  return new DatabaseError(fields);
}

export function noticeFromProtocol(message: object): DatabaseNotice {
  return {
    severity: textField(message, 'severity') ?? 'NOTICE',
    message: textField(message, 'message') ?? '',
    code: textField(message, 'code'),
    detail: textField(message, 'detail'),
    hint: textField(message, 'hint'),
    where: textField(message, 'where'),
  };
}

/** Rethrow a driver error as a `DatabaseError` when the server sent it, unchanged otherwise. */
export function rethrowAsDatabaseError(error: unknown): never {
  throw databaseErrorFromProtocol(error) ?? error;
}
