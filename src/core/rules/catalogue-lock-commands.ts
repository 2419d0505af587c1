import { concurrentlyInTransaction } from './concurrently-in-transaction/index.ts';
import { dropIndexNonConcurrent } from './drop-index-non-concurrent/index.ts';
import { overridesTimeouts } from './overrides-timeouts/index.ts';
import { refreshMatviewNonConcurrent } from './refresh-matview-non-concurrent/index.ts';
import { reindexNonConcurrent } from './reindex-non-concurrent/index.ts';
import type { Rule } from './rule.ts';
import { statementsAfterExclusiveLock } from './statements-after-exclusive-lock/index.ts';
import { tableRewriteCommand } from './table-rewrite-command/index.ts';

/**
 * Rules about maintenance commands, CONCURRENTLY, how long a transaction holds its locks and the
 * timeouts that bound it.
 */
export const lockCommandRules: readonly Rule[] = [
  dropIndexNonConcurrent,
  concurrentlyInTransaction,
  tableRewriteCommand,
  reindexNonConcurrent,
  refreshMatviewNonConcurrent,
  statementsAfterExclusiveLock,
  overridesTimeouts,
];
