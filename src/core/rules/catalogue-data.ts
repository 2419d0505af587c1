import type { Rule } from './rule.ts';

export const dataRules: readonly Rule[] = [];
