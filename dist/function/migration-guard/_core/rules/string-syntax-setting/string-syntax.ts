import { optionString } from '../../sql/function-body.ts';
import {
  type SettingChange,
  type SettingStatement,
  describeSettingChange,
  settingChangesOf,
} from '../../sql/setting-changes.ts';
import { nodeAs } from '../../sql/statement.ts';

/**
 * One change a statement makes to how the server reads string literals. Pure: the rule and the
 * apply engine share it.
 */
export interface StringSyntaxChange {
  /** What it does, e.g. `SET standard_conforming_strings = off`. */
  what: string;
  /** The setting, lower-cased; `(computed)` when set_config's name is not a literal. */
  setting: string;
  /** File line, for SQL inside a DO block or PL/pgSQL body; the statement's own line otherwise. */
  line?: number;
}

/** The settings that change how the server reads string literals (lower-cased). */
export type StringSyntaxSetting =
  | 'standard_conforming_strings'
  | 'backslash_quote'
  | 'escape_string_warning'
  | 'client_encoding';

/** Whether a value of each setting keeps string literals read as the parser read them. */
const GUARDED: Readonly<Record<StringSyntaxSetting, (value: string) => boolean>> = {
  // Off: a backslash escapes a quote in '...', so a string may end elsewhere than we parsed.
  standard_conforming_strings: (v) => parseBool(v) === true,
  // On: \' is accepted whatever the client encoding (it is refused where it is ambiguous).
  backslash_quote: (v) => parseBool(v) === false || v.trim().toLowerCase() === 'safe_encoding',
  // Off: the server stops warning about backslashes in '...' that would change meaning.
  escape_string_warning: (v) => parseBool(v) === true,
  // An encoding whose multi-byte characters may end in a backslash byte swallows that backslash.
  client_encoding: (v) =>
    !UNSAFE_ENCODINGS.has(
      v
        .trim()
        .toLowerCase()
        .replace(/[-_\s]/g, ''),
    ),
};

/** Client-only encodings that are not ASCII-safe (Postgres's own list for backslash_quote). */
const UNSAFE_ENCODINGS = new Set([
  'sjis',
  'shiftjis',
  'mskanji',
  'win932',
  'windows932',
  'shiftjis2004',
  'big5',
  'win950',
  'windows950',
  'gbk',
  'win936',
  'windows936',
  'uhc',
  'win949',
  'windows949',
  'gb18030',
  'johab',
]);

/**
 * The settings this detector guards, lower-cased; the apply engine's session guard checks the
 * same list after every statement.
 */
export const STRING_SYNTAX_SETTINGS = Object.keys(GUARDED) as readonly StringSyntaxSetting[];

/**
 * Every change the statement makes to standard_conforming_strings, backslash_quote,
 * escape_string_warning or client_encoding that leaves them unsafe, wherever it takes effect: at
 * top level, in a DO block, in a function's body or SET clause, for later sessions. Setting a
 * safe value (pg_dump's `SET standard_conforming_strings = on`), DEFAULT and RESET are fine.
 * set_config with a computed name counts where the migration runs it (not in a function body).
 */
export function stringSyntaxChangesOf(statement: SettingStatement): StringSyntaxChange[] {
  const found = settingChangesOf(statement).flatMap((change) => {
    if (!unsafe(change)) return [];
    const one: StringSyntaxChange = {
      what: describeSettingChange(change),
      setting: change.setting ?? '(computed)',
    };
    return [change.line === undefined ? one : { ...one, line: change.line }];
  });
  return [...found, ...unreadableMentions(statement, found)];
}

/**
 * A DO block or function whose SQL cannot be read (EXECUTE of a built string, or a language
 * other than PL/pgSQL and SQL, e.g. plv8) but whose text names a guarded setting: it may set it.
 */
function unreadableMentions(
  statement: SettingStatement,
  seen: readonly StringSyntaxChange[],
): StringSyntaxChange[] {
  const block = nodeAs(statement.node, 'DoStmt');
  const fn = nodeAs(statement.node, 'CreateFunctionStmt');
  const text = statement.text;
  if ((!block && !fn) || text === undefined) return [];
  const language = optionString(block?.args ?? fn?.options, 'language')?.toLowerCase();
  const readable = language === undefined || READABLE_LANGUAGES.has(language);
  if (readable && !/\bexecute\b/i.test(text)) return [];
  const kind = block ? 'a DO block' : 'a function';
  const how = readable
    ? 'whose dynamic SQL (EXECUTE)'
    : `in ${language}, which cannot be read, that`;
  // Reading a setting (current_setting('...'), SHOW ...) is not setting it.
  const lower = text
    .toLowerCase()
    .replace(/current_setting\s*\(\s*'[a-z_]+'/g, '')
    .replace(/\bshow\s+[a-z_]+/g, '');
  return STRING_SYNTAX_SETTINGS.filter(
    (setting) => lower.includes(setting) && !seen.some((change) => change.setting === setting),
  ).map((setting) => ({ what: `${kind} ${how} names ${setting}, so it may set it`, setting }));
}

const READABLE_LANGUAGES = new Set(['plpgsql', 'sql', 'c', 'internal']);

function unsafe(change: SettingChange): boolean {
  if (change.setting === null) return change.scope === 'statement' || change.scope === 'block';
  if (!Object.hasOwn(GUARDED, change.setting)) return false;
  const safe = GUARDED[change.setting as StringSyntaxSetting];
  if (change.value.kind === 'default') return false;
  if (change.value.kind === 'computed') return true;
  return !safe(change.value.text);
}

/** Postgres's parse_bool: on/off, true/false, yes/no, 1/0 and unique prefixes. */
function parseBool(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if ('true'.startsWith(v) || 'yes'.startsWith(v) || v === '1' || v === 'on') return true;
  if ('false'.startsWith(v) || 'no'.startsWith(v) || v === '0') return false;
  if (v.length >= 2 && 'off'.startsWith(v)) return false;
  return undefined;
}
