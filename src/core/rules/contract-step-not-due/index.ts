import { contractDue, readContractHeader } from '../../migrations/contract-header.ts';
import type { Rule } from '../rule.ts';

export const contractStepNotDue: Rule = {
  meta: {
    id: 'contract-step-not-due',
    defaultSeverity: 'notice',
    category: 'breaking',
    summary:
      'A contract step (a file with a `-- migration-guard:contract after=DATE` header) whose date has not come: deploy refuses to apply it before then.',
    fix: '-- migration-guard:contract after=YYYY-MM-DD  -- the first line of the file; deploy applies the file from 00:00 UTC on that date',
  },
  fileEnd(ctx) {
    const reading = readContractHeader(ctx.file.sql);
    const statement = ctx.statements[0];
    if (!reading || !statement) return;
    if (!reading.ok) {
      ctx.report(statement, {
        line: reading.line,
        column: 1,
        severity: 'error',
        message: `The contract header cannot be read: ${reading.problem}. Deploy refuses the file.`,
      });
      return;
    }
    // The clock: a contract step is due or not at the time of the check.
    if (contractDue(reading.header, new Date())) return;
    ctx.report(statement, {
      line: reading.header.line,
      column: 1,
      message: `Contract step, not yet due: deploy refuses to apply ${ctx.file.fileName} (and the files after it) before ${reading.header.after} 00:00 UTC. The files before it deploy as usual.`,
      fix: `Merge it with its expand steps; run the deploy again on or after ${reading.header.after}.`,
    });
  },
};
