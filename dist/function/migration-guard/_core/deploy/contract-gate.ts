import { contractDue, readContractHeader } from '../migrations/contract-header.ts';

/** What deploy may apply of a list of migrations now, given their contract headers. */
export interface ContractGate {
  /** How many migrations, from the first, may be applied now. */
  due: number;
  /**
   * Why the migration at index `due` may not: a contract step whose date has not come, or a
   * header that cannot be read. Absent when every migration is due.
   */
  reason?: string;
  /**
   * The first migration held back is a contract step that a later deploy applies: on or after
   * its date, and once the files before it are in production (not for a bad header).
   */
  waiting?: { after: string };
}

/**
 * Deploy never applies a contract step before its date, nor in the same deployment as files
 * before it that production lacks (its expand steps, whose deprecation running code must see
 * first, however old the versions' dates are), nor anything after it (that would apply the
 * files out of order): the migrations before the first such file are due, the rest wait. A
 * contract header that cannot be read holds back its file the same way, for good, with the
 * reason. `migrations` are the ones production lacks, in order. The scanner must be loaded
 * (`loadParser`). Runtime-agnostic: the Action and the edge function both decide with this.
 */
export function contractGate(
  migrations: readonly { version: string; name: string; sql: string }[],
  now: Date,
): ContractGate {
  for (const [index, m] of migrations.entries()) {
    const reading = readContractHeader(m.sql);
    if (!reading) continue;
    const file = `${m.version}_${m.name}.sql`;
    if (!reading.ok) {
      return {
        due: index,
        reason: `${file}:${reading.line}: the contract header cannot be read: ${reading.problem}`,
      };
    }
    const after = migrations.length - index - 1;
    if (contractDue(reading.header, now)) {
      if (index === 0) continue;
      return {
        due: index,
        reason: `${file} is a contract step, and ${index} migration(s) before it are not in production yet: it deploys in a later deployment than they do; nothing of it or of the ${after} migration(s) after it is applied now`,
        waiting: { after: reading.header.after },
      };
    }
    return {
      due: index,
      reason: `${file} is a contract step not due before ${reading.header.after} 00:00 UTC (now ${now.toISOString()}): nothing of it or of the ${after} migration(s) after it is applied before then`,
      waiting: { after: reading.header.after },
    };
  }
  return { due: migrations.length };
}
