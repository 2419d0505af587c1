import { beforeAll, describe, expect, it } from 'vitest';
import { contractGate } from '../src/core/deploy/contract-gate.ts';
import { contractDue, readContractHeader } from '../src/core/migrations/contract-header.ts';
import { loadParser } from '../src/core/sql/parse-sql.ts';

// The contract header is a gate (deploy refuses the file before its date), so it is read
// strictly: anything that looks like it but is not one header line above the first statement
// is an error, never ignored. Each case below is a way to make the check and a reviewer (or the
// check and deploy) disagree about whether a file is gated.

beforeAll(loadParser);

const read = (sql: string) => readContractHeader(sql);
const problem = (sql: string) => {
  const r = read(sql);
  if (r?.ok !== false) throw new Error(`expected a problem, got ${JSON.stringify(r)}`);
  return `${r.line}: ${r.problem}`;
};

describe('readContractHeader', () => {
  it('reads the header above the first statement, after other comments', () => {
    const r = read(
      '-- drop the old column\n-- migration-guard:contract after=2026-12-14\n\nalter table t drop column c;\n',
    );
    expect(r).toEqual({
      ok: true,
      header: { after: '2026-12-14', dueAt: new Date('2026-12-14T00:00:00Z'), line: 2 },
    });
    if (!r?.ok) return;
    expect(contractDue(r.header, new Date('2026-12-13T23:59:59Z'))).toBe(false);
    expect(contractDue(r.header, new Date('2026-12-14T00:00:00Z'))).toBe(true);
  });

  it('has nothing to say about a file without the mark', () => {
    expect(read('select 1; -- migration-guard:batch table=t key=id size=1\n')).toBeUndefined();
    expect(read("select 'contract';\n")).toBeUndefined();
  });

  it.each([
    ['after=2026-02-30', 'not a date'],
    ['after=2026-13-01', 'not a date'],
    ['after=26-12-14', 'not a date'],
    ['after=2026-1-5', 'not a date'],
    ['after=1969-12-31', 'not a date'],
    ['after=', 'not a date'],
    ['after=2026-12-14 because', 'write the contract header exactly as'],
    ['before=2026-12-14', 'write the contract header exactly as'],
    ['after=2026-12-14T10:00', 'not a date'],
  ])('refuses %s (%s), naming the line', (options, why) => {
    expect(problem(`-- migration-guard:contract ${options}\nselect 1;\n`)).toMatch(
      new RegExp(`^1: .*${why}`),
    );
  });

  it.each([
    ['in a string', "select '-- migration-guard:contract after=2020-01-01';", 'inside a statement'],
    [
      'in a dollar-quoted body',
      'do $$ begin\n-- migration-guard:contract after=2020-01-01\nend $$;',
      'inside a statement',
    ],
    [
      'in an E-string',
      "select E'\\n-- migration-guard:contract after=2020-01-01';",
      'inside a statement',
    ],
    ['as a quoted name', 'select 1 as "migration-guard:contract";', 'inside a statement'],
    [
      'in a block comment',
      '/* migration-guard:contract after=2020-01-01 */\nselect 1;',
      'block comment',
    ],
    [
      'in a nested block comment',
      '/* outer /* -- migration-guard:contract after=2020-01-01 */ */\nselect 1;',
      'block comment',
    ],
    [
      'after the first statement',
      'select 1;\n-- migration-guard:contract after=2020-01-01',
      'must stand above',
    ],
    [
      'at the end of a statement line',
      'select 1; -- migration-guard:contract after=2020-01-01',
      'must stand above',
    ],
    ['in upper case', '-- MIGRATION-GUARD:CONTRACT after=2099-01-01\nselect 1;', 'exactly as'],
    [
      'with a look-alike hyphen',
      '-- migration\u2010guard:contract after=2099-01-01\nselect 1;',
      'exactly as',
    ],
    [
      'twice in one comment',
      '-- migration-guard:contract after=2099-01-01 migration-guard:contract after=2020-01-01\nselect 1;',
      'exactly as',
    ],
    [
      'in a file that does not scan',
      "-- migration-guard:contract after=2099-01-01\nselect 'open;",
      'cannot be read as SQL tokens',
    ],
  ])('refuses the mark %s', (_, sql, why) => {
    expect(problem(sql)).toContain(why);
  });

  it('refuses a second header, whichever date it gives', () => {
    expect(
      problem(
        '-- migration-guard:contract after=2099-01-01\n-- migration-guard:contract after=2020-01-01\nselect 1;',
      ),
    ).toBe('2: a second migration-guard:contract header (the first is on line 1); a file has one');
  });
});

describe('contractGate: what deploy may apply now', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  const file = (version: string, sql: string) => ({ version, name: `step_${version}`, sql });

  it('applies the files before a contract step not yet due, and holds it and those after it', () => {
    const gate = contractGate(
      [
        file('1', 'alter table t add column d text;'),
        file('2', '-- migration-guard:contract after=2026-12-14\nalter table t drop column c;'),
        file('3', 'select 1;'),
      ],
      now,
    );
    expect(gate.due).toBe(1);
    expect(gate.waiting).toEqual({ after: '2026-12-14' });
    expect(gate.reason).toContain(
      '2_step_2.sql is a contract step not due before 2026-12-14 00:00 UTC',
    );
    expect(gate.reason).toContain('the 1 migration(s) after it');
  });

  it('applies a contract step from its date on', () => {
    const files = [
      file('1', '-- migration-guard:contract after=2026-12-07\nselect 1;'),
      file('2', 'select 2;'),
    ];
    expect(contractGate(files, now)).toEqual({ due: 2 });
  });

  it('holds a due contract step deployed with files before it, for a later deployment', () => {
    const gate = contractGate(
      [
        file('1', "comment on column t.c is 'deprecated: gone soon';"),
        file('2', '-- migration-guard:contract after=2020-01-01\nalter table t drop column c;'),
      ],
      now,
    );
    expect(gate.due).toBe(1);
    expect(gate.waiting).toEqual({ after: '2020-01-01' });
    expect(gate.reason).toContain(
      '2_step_2.sql is a contract step, and 1 migration(s) before it are not in production yet',
    );
  });

  it('holds a file whose header cannot be read, with the reason and no date', () => {
    const gate = contractGate(
      [file('1', 'select 1;'), file('2', "select '-- migration-guard:contract after=2020-01-01';")],
      now,
    );
    expect(gate.due).toBe(1);
    expect(gate.waiting).toBeUndefined();
    expect(gate.reason).toMatch(/^2_step_2\.sql:1: the contract header cannot be read: /);
  });
});
