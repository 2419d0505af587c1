/**
 * The eight table-level lock modes of Postgres, spelt as `pg_locks.mode` spells them, in the
 * order of their internal numbers (1..8, which is also what `LOCK TABLE` parses to).
 * Source: "Table-Level Locks" and its conflict table in the Postgres manual (13.3.1); the
 * matrix is the same in every supported version.
 */
export const LOCK_MODES = [
  'AccessShareLock',
  'RowShareLock',
  'RowExclusiveLock',
  'ShareUpdateExclusiveLock',
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
] as const;

export type LockMode = (typeof LOCK_MODES)[number];

/** How the SQL command names each mode (`LOCK TABLE ... IN <label> MODE`), for messages. */
export const LOCK_LABELS: Readonly<Record<LockMode, string>> = {
  AccessShareLock: 'ACCESS SHARE',
  RowShareLock: 'ROW SHARE',
  RowExclusiveLock: 'ROW EXCLUSIVE',
  ShareUpdateExclusiveLock: 'SHARE UPDATE EXCLUSIVE',
  ShareLock: 'SHARE',
  ShareRowExclusiveLock: 'SHARE ROW EXCLUSIVE',
  ExclusiveLock: 'EXCLUSIVE',
  AccessExclusiveLock: 'ACCESS EXCLUSIVE',
};

/** Which modes each mode conflicts with. The relation is symmetric. */
const CONFLICTS: Readonly<Record<LockMode, readonly LockMode[]>> = {
  AccessShareLock: ['AccessExclusiveLock'],
  RowShareLock: ['ExclusiveLock', 'AccessExclusiveLock'],
  RowExclusiveLock: ['ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'],
  ShareUpdateExclusiveLock: [
    'ShareUpdateExclusiveLock',
    'ShareLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
  ],
  ShareLock: [
    'RowExclusiveLock',
    'ShareUpdateExclusiveLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
  ],
  ShareRowExclusiveLock: [
    'RowExclusiveLock',
    'ShareUpdateExclusiveLock',
    'ShareLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
  ],
  ExclusiveLock: [
    'RowShareLock',
    'RowExclusiveLock',
    'ShareUpdateExclusiveLock',
    'ShareLock',
    'ShareRowExclusiveLock',
    'ExclusiveLock',
    'AccessExclusiveLock',
  ],
  AccessExclusiveLock: [...LOCK_MODES],
};

export function isLockMode(value: string): value is LockMode {
  return (LOCK_MODES as readonly string[]).includes(value);
}

/** True when a session holding `held` makes a request for `requested` wait. */
export function lockConflicts(held: LockMode, requested: LockMode): boolean {
  return CONFLICTS[held].includes(requested);
}

/** The mode with the higher internal number (what ALTER TABLE keeps across subcommands). */
export function strongerLock(a: LockMode, b: LockMode): LockMode {
  return LOCK_MODES.indexOf(a) >= LOCK_MODES.indexOf(b) ? a : b;
}

/** The mode `LOCK TABLE` asks for, from the parser's 1-based mode number. */
export function lockModeFromNumber(n: number | undefined): LockMode {
  return LOCK_MODES[(n ?? 8) - 1] ?? 'AccessExclusiveLock';
}

/**
 * What ordinary traffic a lock on a table stops while it is held (or queued: a waiting
 * request also makes later conflicting requests queue behind it).
 * `reads`: plain SELECT, which takes AccessShareLock. `writes`: INSERT, UPDATE, DELETE and
 * MERGE, which take RowExclusiveLock. SELECT ... FOR UPDATE/SHARE (RowShareLock) is blocked
 * by a subset of what blocks writes, so it is not reported separately.
 */
export function blocksOperations(mode: LockMode): { reads: boolean; writes: boolean } {
  return {
    reads: lockConflicts(mode, 'AccessShareLock'),
    writes: lockConflicts(mode, 'RowExclusiveLock'),
  };
}

/** "blocks reads and writes", "blocks writes", or "blocks neither reads nor writes". */
export function describeBlocking(mode: LockMode): string {
  const { reads, writes } = blocksOperations(mode);
  if (reads && writes) return 'blocks reads and writes';
  if (writes) return 'blocks writes';
  if (reads) return 'blocks reads';
  return 'blocks neither reads nor writes';
}
