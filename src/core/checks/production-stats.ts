/**
 * Table sizes of a production database, as `migration-guard stats --db URL` writes them and
 * `--stats FILE` reads them back. Parsed into typed values at the edge, with errors that name
 * the file and the key.
 */
export interface TableStats {
  /** `schema.name` */
  relation: string;
  /** Row count: the planner's estimate (reltuples), or exact when the table is small. */
  rows: number;
  /** Heap, indexes and TOAST: pg_total_relation_size. */
  bytes: number;
}

export interface ProductionStats {
  schemaVersion: 1;
  /** ISO 8601 time of collection. */
  collectedAt: string;
  /** `SHOW server_version`. */
  serverVersion: string;
  tables: TableStats[];
}

export class StatsFileError extends Error {
  override readonly name = 'StatsFileError';
  constructor(
    readonly file: string,
    readonly key: string,
    problem: string,
  ) {
    super(`${file}: ${key === '' ? '' : `${key}: `}${problem}`);
  }
}

/** Parse and validate the text of a stats file. */
export function parseProductionStats(text: string, file: string): ProductionStats {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StatsFileError(
      file,
      '',
      `not JSON (${reason}): not a file 'migration-guard stats' wrote.`,
    );
  }
  const fail = (key: string, problem: string): never => {
    throw new StatsFileError(file, key, problem);
  };
  if (!isRecord(json))
    return fail(
      '',
      'expected a JSON object with schemaVersion, collectedAt, serverVersion and tables.',
    );
  if (json['schemaVersion'] !== 1) {
    fail(
      'schemaVersion',
      `expected 1, found ${JSON.stringify(json['schemaVersion'])}; this version of migration-guard reads stats schema version 1.`,
    );
  }
  const collectedAt = json['collectedAt'];
  if (typeof collectedAt !== 'string' || Number.isNaN(Date.parse(collectedAt))) {
    fail('collectedAt', 'expected an ISO 8601 date-time string.');
  }
  const serverVersion = json['serverVersion'];
  if (typeof serverVersion !== 'string') fail('serverVersion', 'expected a string.');
  const tables = json['tables'];
  if (!Array.isArray(tables))
    return fail('tables', 'expected an array of { relation, rows, bytes }.');
  const seen = new Set<string>();
  const parsed = tables.map((entry: unknown, i): TableStats => {
    const key = `tables[${i}]`;
    if (!isRecord(entry)) return fail(key, 'expected an object { relation, rows, bytes }.');
    const relation = entry['relation'];
    if (typeof relation !== 'string' || !/^[^.]+\..+$/.test(relation)) {
      fail(`${key}.relation`, 'expected "schema.name".');
    }
    if (seen.has(relation as string)) fail(`${key}.relation`, `${relation} is listed twice.`);
    seen.add(relation as string);
    return {
      relation: relation as string,
      rows: count(entry['rows'], `${key}.rows`, fail),
      bytes: count(entry['bytes'], `${key}.bytes`, fail),
    };
  });
  return {
    schemaVersion: 1,
    collectedAt: collectedAt as string,
    serverVersion: serverVersion as string,
    tables: parsed,
  };
}

function count(value: unknown, key: string, fail: (key: string, problem: string) => never): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return fail(key, `expected a non-negative number, found ${JSON.stringify(value)}.`);
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
