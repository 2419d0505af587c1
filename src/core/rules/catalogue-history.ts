import { migrationDeleted } from './migration-deleted/index.ts';
import { migrationFilename } from './migration-filename/index.ts';
import { migrationModified } from './migration-modified/index.ts';
import { migrationOutOfOrder } from './migration-out-of-order/index.ts';
import type { Rule } from './rule.ts';
import { stringSyntaxSetting } from './string-syntax-setting/index.ts';
import { writesMigrationHistory } from './writes-migration-history/index.ts';

/**
 * Rules about the migrations directory as a whole: names, order, and what production has run;
 * and statements that would make the record of what ran differ from what was checked.
 */
export const historyRules: readonly Rule[] = [
  migrationModified,
  migrationDeleted,
  migrationOutOfOrder,
  migrationFilename,
  writesMigrationHistory,
  stringSyntaxSetting,
];
