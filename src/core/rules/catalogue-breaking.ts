import type { Rule } from './rule.ts';

export const breakingRules: readonly Rule[] = [];
