import { afterAll, beforeAll, expect } from 'vitest';
import { type FixedFile, runFix } from '../../src/pipeline/run-fix.ts';
import { TempProjects } from './cli-runner.ts';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';
import { startSupabaseLikeCluster } from './supabase-server.ts';

// What the tests of `migration-guard fix` on PostgreSQL 15 share: one cluster for the test
// file (each proof creates its two fresh databases on it and drops them), a project holding a
// history and the change, and what a proof that holds looks like. The cluster has Supabase's
// surface already (supabase-server.ts) unless a file asks for a plain one: then each proof's
// databases get the shim from the run, as on a plain server.

export const M = 'supabase/migrations';
export const HISTORY = `${M}/20240101000000_init.sql`;
export const CHANGE = `${M}/20240201000000_change.sql`;

export interface FixHarness {
  projects: TempProjects;
  /** The cluster's URL (started before the file's tests). */
  url(): string;
  /**
   * The rewrite of `change` after the history, proved on the cluster, with the project it was
   * made in. Without `write`, one proof per change for the file: tests that read the same
   * rewrite share it (each proof costs seconds).
   */
  fixChange(change: string, write?: boolean): Promise<FixedFile & { cwd: string }>;
}

/** Register the file's cluster (beforeAll/afterAll) and its projects for `history`. */
export function fixHarness(
  history: string,
  options: { now?: Date; server?: 'supabase' | 'plain' } = {},
): FixHarness {
  const projects = new TempProjects();
  let cluster: PgCluster | undefined;
  beforeAll(async () => {
    cluster = await (options.server === 'plain' ? startPgCluster() : startSupabaseLikeCluster());
  });
  afterAll(async () => {
    await cluster?.stop();
    projects.removeAll();
  });
  const url = () => {
    if (!cluster) throw new Error('the cluster is not started (call fixHarness at the top level)');
    return cluster.url;
  };
  const run = async (change: string, write: boolean) => {
    const cwd = projects.create({ [HISTORY]: history, [CHANGE]: change });
    const [fixed, ...more] = await runFix({
      cwd,
      files: [CHANGE],
      write,
      noDb: false,
      dbUrl: url(),
      ...(options.now ? { now: options.now } : {}),
      progress: () => {},
      notice: () => {},
    });
    expect(more).toEqual([]);
    if (!fixed) throw new Error('nothing was rewritten');
    return { ...fixed, cwd };
  };
  const proven = new Map<string, Promise<FixedFile & { cwd: string }>>();
  return {
    projects,
    url,
    fixChange(change, write = false) {
      if (write) return run(change, true);
      const known = proven.get(change) ?? run(change, false);
      proven.set(change, known);
      return known;
    },
  };
}

/**
 * The proof holds: both sides ran, the touched tables have the same (non-empty) final catalog,
 * and the rewrite holds no ACCESS EXCLUSIVE across work. Returns both catalogs.
 */
export function expectProven(fixed: FixedFile): { original: string[]; rewrite: string[] } {
  expect(fixed.problem).toBeUndefined();
  const proof = fixed.proof;
  if (!proof) throw new Error('no proof');
  expect(proof.original.failure).toBeUndefined();
  expect(proof.rewrite.failure).toBeUndefined();
  expect(proof.rewrite.catalog.length).toBeGreaterThan(0);
  expect(proof.rewrite.catalog).toEqual(proof.original.catalog);
  expect(proof.rewrite.exclusiveAcrossWork).toEqual([]);
  return { original: proof.original.catalog, rewrite: proof.rewrite.catalog };
}

/** The kind of each step file the rewrite wrote, in order. */
export const stepKinds = (fixed: FixedFile): string[] =>
  (fixed.files ?? []).map((f) => f.step.kind);

/** `fix --no-db` on `files` of the project at `cwd` (no proof): one result per file it rewrote or refused. */
export function fixWithoutDatabase(
  cwd: string,
  files: string[],
  write = false,
): Promise<FixedFile[]> {
  return runFix({ cwd, files, write, noDb: true, progress: () => {}, notice: () => {} });
}
