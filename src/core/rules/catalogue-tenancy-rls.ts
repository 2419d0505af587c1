import type { Rule } from './rule.ts';

export const tenancyTableRules: readonly Rule[] = [];
