import { type ScanToken, scanSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { CodeScanner } from '../src/core/sql/code-scanner.ts';
import { loadParser } from '../src/core/sql/parse-sql.ts';
import { SourceText } from '../src/core/sql/source-text.ts';

beforeAll(async () => {
  await loadParser();
});

const isComment = (t: ScanToken) => t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT';

/** What Postgres's scanner says, asked the way `parseSql` asks the JavaScript one. */
function fromPostgres(sql: string, from: number) {
  const tokens = scanSync(sql).tokens;
  const code = tokens.filter((t) => !isComment(t));
  const lastCode = code.filter((t) => t.text !== ';' && t.start >= from).pop();
  return {
    codeStart: code.find((t) => t.start >= from)?.start ?? -1,
    lastCodeEnd: lastCode?.end ?? -1,
    tokensEnd: tokens.filter((t) => t.start >= from).pop()?.end ?? -1,
    stringStart: tokens.find((t) => t.start >= from && t.tokenName === 'SCONST')?.start ?? -1,
  };
}

function fromScanner(sql: string, from: number) {
  const scanner = new CodeScanner(sql);
  const last = scanner.lastCodeEnd(from, scanner.byteLength);
  return {
    codeStart: scanner.codeStartAt(from),
    lastCodeEnd: last.code,
    tokensEnd: last.any,
    stringStart: scanner.stringStartAt(from),
  };
}

/** Texts that hide code, comments or string openings in every way Postgres allows. */
const CASES: Record<string, string> = {
  'leading and trailing comments': `-- a note\n/* block */ select 1; -- after\n/* end */`,
  'nested block comments': `/* outer /* inner */ still comment */ select 2 /* x /* y */ */;`,
  'dashes and stars inside strings': `select '-- not a comment', '/* nor this */' -- real\n;`,
  'doubled quotes': `select 'it''s', "a ""quoted"" name" from t; -- done`,
  'E-strings with backslash escapes': `select E'\\' -- still string', e'\\\\'; -- comment`,
  'plain strings keep backslashes': `select '\\'; -- comment after a backslash string`,
  'dollar quotes with and without tags': `do $body$ begin perform '$$'; end $body$; select $$ -- x $$;`,
  'dollar inside identifiers and parameters': `select a$b, $1, x$$y from t where c = $2 -- $$ not a quote`,
  'bit, hex, national and unicode strings': `select B'101', X'ff', N'name', U&'d\\0061t', U&"c" -- end`,
  'a letter before a string': `select date'2024-01-01', n'x'; /* c */`,
  'operators against comments': `select 1+--comment\n2, 3*/*c*/4;`,
  'a function body after other options': `create function f() returns int language plpgsql /* c */ as -- why\n $fn$ begin return 1; end $fn$;`,
  'an E-string body': `do language plpgsql E'begin raise notice \\'x\\'; end';`,
  'non-ASCII text': `-- café\nselect 'naïve' as "ü", ünicode_name from t; -- fin ☕`,
  'numbers and dots': `select 1.5e10, .5, 0x1F, 1_000, t.col from t;`,
  'string continuation over a newline': `select 'a'\n'b' -- joined\n;`,
  'carriage returns and tabs': `select 1\r\n\t-- c\r\n;\r\n`,
  'only comments': `-- nothing\n/* here */`,
};

describe('CodeScanner agrees with Postgres scanner', () => {
  for (const [name, sql] of Object.entries(CASES)) {
    it(name, () => {
      const bytes = new TextEncoder().encode(sql).length;
      // From every token boundary Postgres reports, and from the start.
      const starts = [0, ...scanSync(sql).tokens.map((t) => t.start)];
      for (const from of starts) {
        expect({ from, ...fromScanner(sql, from) }).toEqual({ from, ...fromPostgres(sql, from) });
      }
      expect(new CodeScanner(sql).byteLength).toBe(bytes);
    });
  }

  it('stops at `to`: a token that runs past it is not counted', () => {
    const sql = 'select 1; select 2 -- two';
    const scanner = new CodeScanner(sql);
    expect(scanner.lastCodeEnd(0, 9)).toEqual({ code: 8, any: 9 });
    expect(scanner.lastCodeEnd(9, 20)).toEqual({ code: 18, any: 18 });
  });

  describe('the first `:=` or `=` token of a PL/pgSQL assignment', () => {
    const assignments = [
      'v_total := v_total + 1',
      'x = 1',
      'x=-1',
      'x:=-1',
      'x.y[i + 1] := 2',
      'a[b >= c] := 3',
      'a[b <= c] = 4',
      'a[b <> c] = 5',
      'a[b => c] = 6',
      'a[b == c] = 7',
      'r.f /* := */ = 8',
      "m['=']  -- = no\n := 9",
      '"we=ird" := 10',
      'x=--comment\n1',
      'x =+ 1',
      'x @=- 1',
      'y::text = 11',
      '$1 := $$=$$',
      'ü := 12',
      'no assignment at all',
    ];
    for (const sql of assignments) {
      it(sql, () => {
        const token = scanSync(sql).tokens.find((t) => t.text === ':=' || t.text === '=');
        expect(new CodeScanner(sql).assignmentEnd()).toBe(token?.end ?? -1);
      });
    }
  });

  describe('the first word INDEX, as CREATE INDEX fixes find it', () => {
    const statements = [
      'CREATE INDEX ON t (a)',
      'create unique index t_a on t (a)',
      'CREATE /* index */ -- INDEX\n Index "index" ON t (a)',
      "create index e'index' on t using btree (a)",
      'CREATE INDEX$ ON t (a)',
      'select $index$ INDEX $index$, index_name, Index from t',
      'select 1',
    ];
    for (const sql of statements) {
      it(sql, () => {
        const token = scanSync(sql).tokens.find((t) => t.text.toUpperCase() === 'INDEX');
        const word = new CodeScanner(sql).wordOf('INDEX');
        expect(word && { ...word }).toEqual(
          token && { text: token.text, start: token.start, end: token.end },
        );
      });
    }
  });
});

describe('SourceText maps UTF-8 byte offsets to characters', () => {
  /** Each byte of a character maps to the character's first code unit. */
  function byWalkingCodePoints(text: string): number[] {
    const map: number[] = [];
    for (let char = 0; char < text.length; ) {
      const code = text.codePointAt(char) ?? 0;
      const width = code <= 0x7f ? 1 : code <= 0x7ff ? 2 : code <= 0xffff ? 3 : 4;
      for (let k = 0; k < width; k++) map.push(char);
      char += code > 0xffff ? 2 : 1;
    }
    map.push(text.length);
    return map;
  }

  const texts = {
    'accents and symbols': "select 'café', 'naïve' -- ☕ €",
    'four-byte characters': "comment on table t is '🎉 launch 𝔘𝔫𝔦𝔠𝔬𝔡𝔢';",
    'CJK and mixed widths': '-- 테이블 説明 ü\ncreate table 表 (列 int);',
    'a lone surrogate': `select '${'\ud800'}x${'\udfff'}';`,
  };
  for (const [name, text] of Object.entries(texts)) {
    it(name, () => {
      const source = new SourceText(text);
      const expected = byWalkingCodePoints(text);
      const actual = expected.map((_, byte) => source.charOffset(byte));
      expect(actual).toEqual(expected);
    });
  }
});
