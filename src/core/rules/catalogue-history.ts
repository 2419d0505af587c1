import type { Rule } from './rule.ts';

export const historyRules: readonly Rule[] = [];
