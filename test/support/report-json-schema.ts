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
  },
};

const statement = {
  type: 'object',
  required: ['line', 'sql', 'durationMs', 'locks', 'rewrites'],
  properties: {
    line: positiveInt,
    sql: { type: 'string' },
    durationMs: { type: ['number', 'null'], minimum: 0 },
    locks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['relation', 'mode'],
        properties: {
          relation: { type: 'string', pattern: '^[^.]+\\..+$' },
          mode: { type: 'string', pattern: 'Lock$' },
        },
      },
    },
    rewrites: { type: 'array', items: { type: 'string' } },
    error: { type: 'string' },
  },
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
