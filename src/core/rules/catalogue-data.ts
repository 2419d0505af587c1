import { batchHeaderInvalid } from './batch-header-invalid/index.ts';
import { batchLoopSingleTransaction } from './batch-loop-single-transaction/index.ts';
import { mixedSchemaAndData } from './mixed-schema-and-data/index.ts';
import { nullUnsafeComparison } from './null-unsafe-comparison/index.ts';
import { rescanningBatch } from './rescanning-batch/index.ts';
import type { Rule } from './rule.ts';
import { unbatchedDataChange } from './unbatched-data-change/index.ts';
import { vectorIndexBeforeData } from './vector-index-before-data/index.ts';

export const dataRules: readonly Rule[] = [
  unbatchedDataChange,
  mixedSchemaAndData,
  batchLoopSingleTransaction,
  rescanningBatch,
  batchHeaderInvalid,
  nullUnsafeComparison,
  vectorIndexBeforeData,
];
