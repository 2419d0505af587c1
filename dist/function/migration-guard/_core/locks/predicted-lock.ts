import type { QualifiedName } from '../sql/names.ts';
import { type LockMode, strongerLock } from './lock-modes.ts';

/** A lock a statement takes on a relation that exists before it runs. */
export interface PredictedLock {
  /** `schema.name` of the table, view, materialized view or index. */
  relation: QualifiedName;
  /** `index` when the lock is on an index (REINDEX, ALTER INDEX); else a table-like relation. */
  relationKind: 'table' | 'index';
  mode: LockMode;
  /** Every row is copied into a new file under the lock. */
  rewrite: boolean;
  /** Every row is read under the lock (validation, index build, refresh). */
  scan: boolean;
  /** What takes the lock, e.g. `ALTER TABLE ... ADD COLUMN`. */
  reason: string;
}

/**
 * Collects locks per relation the way Postgres holds them: one relation locked by several
 * parts of a statement keeps the strongest mode, and rewrites/scans accumulate.
 */
export class LockList {
  private readonly byRelation = new Map<QualifiedName, PredictedLock>();

  add(lock: PredictedLock): void {
    const seen = this.byRelation.get(lock.relation);
    if (!seen) {
      this.byRelation.set(lock.relation, { ...lock });
      return;
    }
    seen.mode = strongerLock(seen.mode, lock.mode);
    seen.rewrite ||= lock.rewrite;
    seen.scan ||= lock.scan;
    if (!seen.reason.includes(lock.reason)) seen.reason = `${seen.reason}; ${lock.reason}`;
  }

  get locks(): PredictedLock[] {
    return [...this.byRelation.values()];
  }
}

/** A table lock with no row work. */
export function tableLock(
  relation: QualifiedName,
  mode: LockMode,
  reason: string,
  work: { rewrite?: boolean; scan?: boolean } = {},
): PredictedLock {
  return {
    relation,
    relationKind: 'table',
    mode,
    rewrite: work.rewrite ?? false,
    scan: work.scan ?? false,
    reason,
  };
}
