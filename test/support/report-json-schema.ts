/**
 * JSON Schema (draft-07) of the public JSON report, `schemaVersion: 1`, as DESIGN.md documents
 * it. Extra fields are allowed (the contract lets fields be added); the documented ones are
 * required with their types.
 */
const severity = { enum: ['error', 'warning', 'notice'] };
const positiveInt = { type: 'integer', minimum: 1 };
const count = { type: 'integer', minimum: 0 };

const finding = {
  type: 'object',
  required: ['rule', 'severity', 'line', 'column', 'message', 'source'],
  properties: {
    rule: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    severity,
    line: positiveInt,
    column: positiveInt,
    message: { type: 'string', minLength: 1 },
    source: { enum: ['lint', 'trace', 'check'] },
    fix: { type: 'string' },
    docs: { type: 'string', format: 'uri' },
    environmentGap: { const: true },
    also: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    },
    confirmedBy: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['rule', 'evidence'],
        properties: { rule: { type: 'string' }, evidence: { type: 'string', minLength: 1 } },
      },
    },
  },
  // How a run merges findings, never part of the report.
  not: { required: ['problems'] },
};

const lock = {
  type: 'object',
  required: ['relation', 'mode'],
  properties: {
    relation: { type: 'string', pattern: '^[^.]+\\..+$' },
    mode: { type: 'string', pattern: 'Lock$' },
  },
};

/**
 * A statement the staging run did not see through (`failed`, `not-run`, `skipped`) carries no
 * measurement: `durationMs`, `locks` and `rewrites` are left out rather than claiming none.
 * Every other statement has all three.
 */
const statement = {
  type: 'object',
  required: ['line', 'sql'],
  properties: {
    line: positiveInt,
    sql: { type: 'string' },
    status: { enum: ['applied', 'rolled-back', 'failed', 'not-run', 'skipped'] },
    durationMs: { type: ['number', 'null'], minimum: 0 },
    locks: { type: 'array', items: lock },
    rewrites: { type: 'array', items: { type: 'string' } },
    error: { type: 'string' },
  },
  if: { required: ['status'], properties: { status: { enum: ['failed', 'not-run', 'skipped'] } } },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword
  then: {
    not: {
      anyOf: [{ required: ['durationMs'] }, { required: ['locks'] }, { required: ['rewrites'] }],
    },
  },
  else: { required: ['durationMs', 'locks', 'rewrites'] },
};

const migration = {
  type: 'object',
  required: ['file', 'version', 'name', 'status', 'sha256', 'findings', 'statements'],
  properties: {
    file: { type: 'string', minLength: 1 },
    version: { type: ['string', 'null'], pattern: '^[0-9]+$' },
    name: { type: 'string' },
    status: { enum: ['added', 'modified', 'deleted', 'unchanged', 'checked'] },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    findings: { type: 'array', items: finding },
    statements: { type: 'array', items: statement },
  },
};

export const REPORT_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'migration-guard JSON report, schemaVersion 1',
  type: 'object',
  required: ['schemaVersion', 'tool', 'target', 'summary', 'migrations', 'checks'],
  properties: {
    schemaVersion: { const: 1 },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      properties: { name: { const: 'migration-guard' }, version: { type: 'string' } },
    },
    target: {
      type: 'object',
      required: ['kind', 'serverVersion'],
      properties: {
        kind: { enum: ['none', 'pglite', 'postgres'] },
        serverVersion: { type: ['string', 'null'] },
      },
    },
    summary: {
      type: 'object',
      required: ['errors', 'warnings', 'notices'],
      properties: { errors: count, warnings: count, notices: count },
    },
    migrations: { type: 'array', items: migration },
    history: {
      type: 'object',
      required: ['files', 'failures'],
      properties: {
        files: count,
        failures: {
          type: 'array',
          items: {
            type: 'object',
            required: ['file', 'line', 'message'],
            properties: {
              file: { type: 'string' },
              line: positiveInt,
              message: { type: 'string' },
            },
          },
        },
      },
    },
    checks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'status', 'detail'],
        properties: {
          id: { type: 'string' },
          status: { enum: ['pass', 'fail', 'skipped'] },
          detail: { type: 'string' },
        },
      },
    },
  },
} as const;
