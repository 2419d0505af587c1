import { dropColumn } from './drop-column/index.ts';
import { dropTable } from './drop-table/index.ts';
import { renameColumn } from './rename-column/index.ts';
import { renameTable } from './rename-table/index.ts';
import type { Rule } from './rule.ts';
import { truncate } from './truncate/index.ts';

/** Rules about changes that break the application code still running against the old schema. */
export const breakingRules: readonly Rule[] = [
  dropColumn,
  dropTable,
  renameColumn,
  renameTable,
  truncate,
];
