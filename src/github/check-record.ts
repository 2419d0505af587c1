import type { GitHubClient } from './github-client.ts';
import { findStickyComment, stickyCommentMarker } from './sticky-comment.ts';

/**
 * What a pull request's check concluded, kept in its report comment as hidden data so that
 * deploy mode can later confirm that what it applies is what was checked: the versions checked
 * with their SHA-256, and whether the check passed its `fail-on` threshold.
 */
export interface CheckRecord {
  /** The check found nothing at or above fail-on. */
  passed: boolean;
  failOn: string;
  /** The PR head commit the check ran on, when known. */
  head?: string;
  /** Version → SHA-256 of each migration file the check covered. */
  files: Record<string, string>;
}

const RECORD_PREFIX = '<!-- migration-guard:record ';
const RECORD_SUFFIX = ' -->';

/** The hidden line, e.g. `<!-- migration-guard:record {"passed":true,...} -->`. */
export function formatCheckRecord(record: CheckRecord): string {
  // JSON.stringify never writes `--` or `>` outside strings, and versions and hashes are
  // digits and hex; escaping anyway keeps a stray value from closing the HTML comment.
  const json = JSON.stringify(record).replaceAll('--', '-\\u002d').replaceAll('>', '\\u003e');
  return `${RECORD_PREFIX}${json}${RECORD_SUFFIX}`;
}

/** A record as read back: one written by an older migration-guard may state no `failOn`. */
export type ParsedCheckRecord = Omit<CheckRecord, 'failOn'> & { failOn?: string };

/** The record in a comment body, or undefined when it has none or it is malformed. */
export function parseCheckRecord(body: string): ParsedCheckRecord | undefined {
  const start = body.lastIndexOf(RECORD_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(RECORD_SUFFIX, start + RECORD_PREFIX.length);
  if (end < 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body.slice(start + RECORD_PREFIX.length, end));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { passed, failOn, head, files } = value as Record<string, unknown>;
  if (typeof passed !== 'boolean') return undefined;
  if (failOn !== undefined && typeof failOn !== 'string') return undefined;
  if (typeof files !== 'object' || files === null) return undefined;
  const checked: Record<string, string> = {};
  for (const [version, sha] of Object.entries(files)) {
    if (!/^[0-9]+$/.test(version) || typeof sha !== 'string' || !/^[0-9a-f]{64}$/.test(sha))
      return undefined;
    checked[version] = sha;
  }
  return {
    passed,
    ...(typeof failOn === 'string' ? { failOn } : {}),
    ...(typeof head === 'string' ? { head } : {}),
    files: checked,
  };
}

export interface FindCheckRecordOptions {
  owner: string;
  repo: string;
  pullNumber: number;
  migrationsDir: string;
  /**
   * Whether a comment's author is trusted (anyone can write a comment that looks like ours):
   * see `commentAuthorTrust`.
   */
  trusts: (author: string | undefined) => Promise<boolean>;
}

/** The check record of the PR's report comment written by a trusted author. */
export async function findCheckRecord(
  client: GitHubClient,
  options: FindCheckRecordOptions,
): Promise<ParsedCheckRecord | undefined> {
  const comment = await findStickyComment(
    client,
    { owner: options.owner, repo: options.repo, issueNumber: options.pullNumber },
    stickyCommentMarker(options.migrationsDir),
    (found) => options.trusts(found.author),
  );
  return comment ? parseCheckRecord(comment.body) : undefined;
}
