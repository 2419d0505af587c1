import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import {
  parseMilliseconds,
  timeoutOverridesOf,
} from '../src/core/rules/overrides-timeouts/timeout-overrides.ts';
import { stringSyntaxMessage } from '../src/core/rules/string-syntax-setting/index.ts';
import { stringSyntaxChangesOf } from '../src/core/rules/string-syntax-setting/string-syntax.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { PgliteDatabase } from '../src/staging/pglite-database.ts';

const LIMITS = {
  lockTimeoutMs: DEFAULT_CONFIG.apply.lockTimeoutMs,
  statementTimeoutMs: DEFAULT_CONFIG.apply.statementTimeoutMs,
};

async function statementsOf(sql: string) {
  await loadParser();
  return parseSql(sql).statements;
}

const HIDDEN_DROP = `SET standard_conforming_strings = off;
SELECT 'a\\', '; DROP TABLE public.invoices; --';`;

describe('string-syntax-setting: the adversary', () => {
  it('hides a DROP TABLE from the parser the checks use, and Postgres runs it', async () => {
    const statements = await statementsOf(HIDDEN_DROP);
    expect(statements.map((s) => s.kind)).toEqual(['VariableSetStmt', 'SelectStmt']);

    // The embedded database as a check starts it (from the shipped snapshot, no cache).
    const db = await PgliteDatabase.start({ cacheDir: null });
    try {
      await db.exec('CREATE TABLE public.invoices (id int)');
      // Statement by statement, as the engine and psql send them: the SET applies to the next.
      for (const statement of statements) await db.exec(statement.text);
      const { rows } = await db.query(`SELECT to_regclass('public.invoices') AS t`);
      expect(rows).toEqual([{ t: null }]);
    } finally {
      await db.close();
    }
  });

  it('is what the detector reports, with a message the engine can refuse with', async () => {
    const [set] = await statementsOf(HIDDEN_DROP);
    if (!set) throw new Error('no statement');
    const changes = stringSyntaxChangesOf(set);
    expect(changes).toEqual([
      { what: 'SET standard_conforming_strings = off', setting: 'standard_conforming_strings' },
    ]);
    const message = stringSyntaxMessage(changes[0] ?? { what: '', setting: '' });
    expect(message).toContain('backslash before a quote');
    expect(message).toContain('migration-guard refuses to apply this file.');
  });

  it('gives lines inside DO blocks and bodies, and nothing for the pg_dump preamble', async () => {
    const [block, dump] = await statementsOf(`DO $$
BEGIN
  EXECUTE 'SET standard_conforming_strings = off';
END $$;
SET standard_conforming_strings = on;`);
    if (!block || !dump) throw new Error('no statements');
    expect(stringSyntaxChangesOf(block)).toEqual([
      {
        what: 'EXECUTE SET standard_conforming_strings = off',
        setting: 'standard_conforming_strings',
        line: 3,
      },
    ]);
    expect(stringSyntaxChangesOf(dump)).toEqual([]);
  });
});

describe('overrides-timeouts: the detector the engine shares', () => {
  it('tells a DO block from a top-level statement, with the value in milliseconds', async () => {
    const statements = await statementsOf(`SET lock_timeout = 0;
SELECT set_config('statement_timeout', '15min', true);
DO $$
BEGIN
  PERFORM set_config('lock_timeout', v, true);
  SET LOCAL lock_timeout = '2s';
END $$;`);
    expect(statements.flatMap((s) => timeoutOverridesOf(s, LIMITS))).toEqual([
      { what: 'SET lock_timeout = 0', setting: 'lock_timeout', inBody: false, valueMs: 0 },
      {
        what: "set_config('statement_timeout', '15min', ...)",
        setting: 'statement_timeout',
        inBody: false,
        valueMs: 900_000,
      },
      {
        what: "set_config('lock_timeout', <computed value>, ...)",
        setting: 'lock_timeout',
        line: 5,
        inBody: true,
        valueMs: null,
      },
      {
        what: "SET LOCAL lock_timeout = '2s'",
        setting: 'lock_timeout',
        line: 6,
        inBody: true,
        valueMs: 2000,
      },
    ]);
  });

  it('compares with the limits it is given; a limit of 0 (none) cannot be raised', async () => {
    const [block] = await statementsOf(`DO $$ BEGIN SET LOCAL statement_timeout = '1h'; END $$;`);
    if (!block) throw new Error('no statement');
    expect(timeoutOverridesOf(block, { ...LIMITS, statementTimeoutMs: 7_200_000 })).toEqual([]);
    expect(timeoutOverridesOf(block, { ...LIMITS, statementTimeoutMs: 0 })).toEqual([]);
    expect(timeoutOverridesOf(block, LIMITS).map((o) => o.valueMs)).toEqual([3_600_000]);
  });

  it('reads values as Postgres does', () => {
    expect(parseMilliseconds('0')).toBe(0);
    expect(parseMilliseconds('500')).toBe(500);
    expect(parseMilliseconds('1.5s')).toBe(1500);
    expect(parseMilliseconds(' 2 min ')).toBe(120_000);
    expect(parseMilliseconds('1h')).toBe(3_600_000);
    expect(parseMilliseconds('1d')).toBe(86_400_000);
    expect(parseMilliseconds('1500us')).toBe(2);
    expect(parseMilliseconds('0.4')).toBe(0);
    expect(parseMilliseconds('0x10')).toBe(16);
    expect(parseMilliseconds('1S')).toBeNull();
    expect(parseMilliseconds('-1')).toBeNull();
    expect(parseMilliseconds('soon')).toBeNull();
  });
});
