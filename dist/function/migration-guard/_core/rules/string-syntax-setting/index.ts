import type { Rule } from '../rule.ts';
import { type StringSyntaxChange, stringSyntaxChangesOf } from './string-syntax.ts';

export const stringSyntaxSetting: Rule = {
  meta: {
    id: 'string-syntax-setting',
    defaultSeverity: 'error',
    category: 'history',
    summary:
      "A statement that turns standard_conforming_strings off, backslash_quote on, escape_string_warning off or client_encoding to SJIS/BIG5/GBK-like encodings (SET, set_config, a DO block, a function, ALTER DATABASE/ROLE/SYSTEM): the server would then split strings where migration-guard's parser did not; the engine refuses the file too.",
    fix: "Delete the statement: keep standard_conforming_strings on (pg_dump's SET standard_conforming_strings = on is fine) and write escapes as E'...' strings.",
  },
  statement(ctx) {
    // The statements a DO block runs are read with the block itself, at their own lines.
    if (ctx.statement.parent) return;
    const reported = new Set<string>();
    for (const change of stringSyntaxChangesOf(ctx.statement)) {
      const line = change.line ?? ctx.statement.line;
      const key = `${line}:${change.what}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        ...(line !== ctx.statement.line ? { line, column: 1 } : {}),
        message: stringSyntaxMessage(change),
      });
    }
  },
};

/** What the change breaks; the engine's refusal says the same. */
export function stringSyntaxMessage(change: StringSyntaxChange): string {
  const harm = HARM[change.setting] ?? HARM['(computed)'];
  return `${change.what}: ${harm} migration-guard and the Supabase CLI split the file into statements, and every check read them, as Postgres reads SQL with standard_conforming_strings on, so text every check took for the inside of a string can run as SQL (a COMMIT; or a DROP TABLE no check saw). migration-guard refuses to apply this file.`;
}

const HARM: Readonly<Record<string, string>> = {
  standard_conforming_strings:
    "with standard_conforming_strings off, a backslash before a quote ('...\\'...') no longer ends a string, so the server ends strings where the parsers that split the file did not.",
  backslash_quote:
    "with backslash_quote on, \\' is read as a quote inside strings whatever the client encoding, so a multi-byte character can make the server end a string elsewhere.",
  escape_string_warning:
    'with escape_string_warning off, the server stops warning about strings whose meaning depends on how backslashes are read, hiding the sign of a string read two ways.',
  client_encoding:
    'in SJIS, BIG5, GBK, UHC, GB18030 or JOHAB a multi-byte character can end in the byte of a backslash, so the server swallows a backslash the parser saw and ends a string elsewhere.',
  '(computed)':
    'its setting name is computed, so it may turn standard_conforming_strings off or change the client encoding, after which the server can end strings elsewhere than the parser did.',
};
