import type { Node } from 'libpg-query';
import { extensionNamed, targetLacks } from '../missing-dependency.ts';
import { notExecutedOnStaging } from '../replica-database.ts';
import type { TracedError } from './trace-model.ts';

/** A file of the same run that failed before the one being judged. */
export interface EarlierFailure {
  /** Path of the file, as the report names it. */
  file: string;
  /** Line the error points to. */
  line: number;
  /** Postgres's message (or the engine's, for a refused file). */
  message: string;
  /** The file's SQL, to tell which failure would have created a missing object. */
  sql: string;
}

/**
 * Why a statement failed on staging, as far as the report may say:
 * - `earlier-failure`: it needs an object that a file which failed earlier in the run would
 *   most plausibly have created: the earliest failed file that creates it (`creates`), else
 *   the earliest that names it (`mentions`), else the nearest earlier failure (`nearest`);
 * - `target-lacks`: the target lacks something Supabase provides (`what` names it);
 * - `refused`: staging did not send it (it would touch the host or needs a superuser);
 * - `own`: the SQL itself is to blame.
 */
export type FailureCause =
  | {
      kind: 'earlier-failure';
      failure: EarlierFailure;
      evidence: 'creates' | 'mentions' | 'nearest';
    }
  | { kind: 'target-lacks'; what: string }
  | { kind: 'refused' }
  | { kind: 'own' };

/**
 * Judge a failed statement (pure). `earlier` are the files that failed before this one in the
 * same run, in apply order; `node` is the statement's syntax tree when the parser read it.
 * Only an error about a missing object (relation, function, type, schema, extension, role...)
 * can be an earlier failure's doing; anything else the SQL caused itself, unless the target
 * lacks what it needs.
 */
export function failureCause(
  error: TracedError,
  earlier: readonly EarlierFailure[],
  node?: Node,
): FailureCause {
  if (error.message.startsWith(notExecutedOnStaging)) return { kind: 'refused' };
  const lacks = targetLacks(error, node);
  if (error.missing !== undefined || lacks !== undefined) {
    const names = [bareName(error.missing?.name), lacks && extensionNamed(lacks)].filter(
      (n): n is string => n !== undefined && n !== '',
    );
    const creator = earlier.find((f) => names.some((n) => creates(f.sql, n)));
    if (creator) return { kind: 'earlier-failure', failure: creator, evidence: 'creates' };
    // What Supabase provides is named by the gap itself; a mere mention elsewhere is weaker.
    if (lacks !== undefined) return { kind: 'target-lacks', what: lacks };
    const mention = earlier.find((f) => names.some((n) => mentions(f.sql, n)));
    if (mention) return { kind: 'earlier-failure', failure: mention, evidence: 'mentions' };
    const nearest = earlier.at(-1);
    if (nearest) return { kind: 'earlier-failure', failure: nearest, evidence: 'nearest' };
  }
  return { kind: 'own' };
}

/** `public."Profiles"` -> `Profiles`; `cron.schedule` -> `schedule`. */
function bareName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return name.slice(name.lastIndexOf('.') + 1).replaceAll('"', '');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The SQL names `name` as a word (any case, quoted or not, qualified or not). */
function mentions(sql: string, name: string): boolean {
  return new RegExp(`(^|[^\\w$])${escapeRegExp(name)}($|[^\\w$])`, 'i').test(sql);
}

/** The SQL has a CREATE of something called `name` (a table, function, type, extension...). */
function creates(sql: string, name: string): boolean {
  const kinds =
    '(?:table|view|materialized\\s+view|function|procedure|type|domain|schema|sequence|extension|role|publication|trigger|index|policy)';
  const head = `create\\s+(?:or\\s+replace\\s+)?(?:(?:unlogged|temp|temporary|unique)\\s+)?${kinds}\\s+(?:if\\s+not\\s+exists\\s+)?`;
  const qualifier = '(?:(?:"[^"]+"|[\\w$]+)\\s*\\.\\s*)?';
  return new RegExp(`${head}${qualifier}"?${escapeRegExp(name)}"?($|[^\\w$])`, 'i').test(sql);
}

/** The file's name without its directory: `20240108234541_add_profiles.sql`. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** ` — most likely because 20240108234541_add_profiles.sql:3 failed on staging earlier (...)`. */
export function earlierFailurePhrase(
  cause: Extract<FailureCause, { kind: 'earlier-failure' }>,
): string {
  const { failure } = cause;
  const where = `${fileName(failure.file)}:${failure.line}`;
  const why = firstLine(failure.message);
  return cause.evidence === 'nearest'
    ? `perhaps because ${where} failed on staging earlier (${why}); no file that failed names it, so check that a migration creates it`
    : `most likely because ${where} failed on staging earlier (${why})`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}
