import { createIndexNonConcurrent } from './create-index-non-concurrent/index.ts';
import type { Rule } from './rule.ts';

/** Rules about locks and rewrites. */
export const lockRules: readonly Rule[] = [createIndexNonConcurrent];
