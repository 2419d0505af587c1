import { parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';

// A file over 1 MiB is parsed a piece at a time (cut after a statement's `;`). What it yields
// must be what one parse of the whole file gives: the same statements, texts, positions and
// trees. The pieces here hold what hides or nests a `;`.

beforeAll(() => loadParser());

const block = (n: number) => `-- part ${n}; a comment with a semicolon
create table public.t${n} (id bigint primary key, note text default 'a; b', "odd;name" int);
create rule r${n} as on insert to public.t${n} do also (select 1; select 2);
create function public.f${n}() returns int language sql
begin atomic
  select 1;
  select 2;
end;
do $body$ begin perform 1; end $body$;
/* block; comment /* nested; */ */ insert into public.t${n} (id, note) values (${n}, 'ünï; cødé ✓');
comment on table public.t${n} is E'it''s; \\'quoted\\'';
`;

/** Each node with its `location`s made relative to the statement's first byte. */
function relative(value: unknown, base: number): unknown {
  if (Array.isArray(value)) return value.map((v) => relative(v, base));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === 'location' && typeof v === 'number' ? v - base : relative(v, base),
    ]),
  );
}

describe('parsing a file over 1 MiB', () => {
  it('gives the statements one parse of the whole file gives', () => {
    const parts: string[] = [];
    let size = 0;
    for (let n = 0; size < 2.2 * 1024 * 1024; n++) {
      parts.push(block(n));
      size += Buffer.byteLength(parts[n] ?? '');
    }
    const text = parts.join('');
    const bytes = Buffer.from(text, 'utf8');
    const whole = (
      parseSync(text) as {
        stmts: { stmt: unknown; stmt_location?: number; stmt_len?: number }[];
      }
    ).stmts;
    const parsed = parseSql(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.statements).toHaveLength(whole.length);
    const differ: number[] = [];
    let pieces = 0;
    let charAt = 0;
    let byteAt = 0;
    for (const [i, statement] of parsed.statements.entries()) {
      const raw = whole[i];
      const from = raw?.stmt_location ?? 0;
      const to = raw?.stmt_len ? from + raw.stmt_len : bytes.length;
      const expected = bytes
        .subarray(from, to)
        .toString('utf8')
        .replace(/^(\s|--[^\n]*\n|\/\*(?:[^*]|\*(?!\/))*\*\/\s*\*\/)*/, '')
        .trim();
      byteAt += Buffer.byteLength(text.slice(charAt, statement.start));
      charAt = statement.start;
      const firstByte = byteAt;
      // Where the statement's node counts its locations from: the file, or its piece.
      const base = firstByte - (statement.locationBase ?? firstByte);
      if (base > 0) pieces++;
      const same =
        statement.text === expected &&
        JSON.stringify(relative(statement.node, firstByte - base)) ===
          JSON.stringify(relative(raw?.stmt, firstByte));
      if (!same) differ.push(i);
    }
    expect(differ).toEqual([]);
    // It was parsed in pieces: statements after the first cut count from their piece.
    expect(pieces).toBeGreaterThan(0);
    // A statement in the last part sits on the line the text gives it.
    const last = parsed.statements.at(-1);
    expect(text.split('\n')[(last?.line ?? 0) - 1]).toMatch(/^comment on table/);
  });

  it('reads suppression comments all through it', () => {
    const suppressed = (n: number) =>
      `${block(n)}-- migration-guard-ignore create-index-non-concurrent: built before any row, in part ${n}\ncreate index i${n} on public.t${n} (note);\n`;
    const parts = ['-- migration-guard-ignore-file prefer-text: legacy names\n'];
    let size = 0;
    let n = 0;
    for (; size < 2.2 * 1024 * 1024; n++) {
      parts.push(suppressed(n));
      size += Buffer.byteLength(parts.at(-1) ?? '');
    }
    parts.push('-- migration-guard-ignore drop-table: nothing follows\n');
    const text = parts.join('');
    const parsed = parseSql(text);
    const lines = text.split('\n');
    const withSuppression = parsed.statements.filter((s) => s.suppressions.length > 0);
    expect(withSuppression).toHaveLength(n);
    for (const statement of withSuppression) {
      const [suppression] = statement.suppressions;
      expect(lines[(suppression?.line ?? 0) - 1]).toMatch(
        /^-- migration-guard-ignore create-index/,
      );
      expect(statement.line).toBe((suppression?.line ?? 0) + 1);
      expect(statement.text).toMatch(/^create index i\d+ on/);
    }
    expect(withSuppression.at(-1)?.suppressions[0]?.reason).toBe(
      `built before any row, in part ${n - 1}`,
    );
    expect(parsed.fileSuppressions.map((f) => f.rules)).toEqual([['prefer-text']]);
    expect(parsed.suppressionProblems.map((p) => p.line)).toEqual([lines.length - 1]);
  });
});
