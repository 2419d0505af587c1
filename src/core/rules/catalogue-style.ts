import { preferBigintIdentity } from './prefer-bigint-identity/index.ts';
import { preferJsonb } from './prefer-jsonb/index.ts';
import { preferText } from './prefer-text/index.ts';
import { preferTimestamptz } from './prefer-timestamptz/index.ts';
import type { Rule } from './rule.ts';

/** Rules about column types for new definitions; off unless the config enables them. */
export const styleRules: readonly Rule[] = [
  preferTimestamptz,
  preferJsonb,
  preferBigintIdentity,
  preferText,
];
