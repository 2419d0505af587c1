import { addColumnRequired } from './add-column-required/index.ts';
import { addColumnRewrite } from './add-column-rewrite/index.ts';
import { addPrimaryKey } from './add-primary-key/index.ts';
import { addUniqueConstraint } from './add-unique-constraint/index.ts';
import { alterColumnType } from './alter-column-type/index.ts';
import { constraintNotValidMissing } from './constraint-not-valid-missing/index.ts';
import { createIndexNonConcurrent } from './create-index-non-concurrent/index.ts';
import type { Rule } from './rule.ts';
import { setNotNull } from './set-not-null/index.ts';

/** Rules about locks and rewrites. */
export const lockRules: readonly Rule[] = [
  createIndexNonConcurrent,
  addColumnRewrite,
  addColumnRequired,
  alterColumnType,
  setNotNull,
  constraintNotValidMissing,
  addUniqueConstraint,
  addPrimaryKey,
];
