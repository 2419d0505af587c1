import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createManagementApi,
  type ManagementApi,
  type ManagementApiOptions,
  parseRetryAfter,
  SupabaseApiError,
} from '../src/supabase/management-api.ts';
import {
  findPreviewBranch,
  type PreviewBranchClock,
  PreviewBranchTimeoutError,
  postgresUrl,
} from '../src/supabase/preview-branch.ts';
import { FAKE_SUPABASE_TOKEN, FakeSupabaseApi } from './support/fake-supabase-api.ts';

const PARENT_REF = 'acmesaasprodxxxxxxxx';
const BRANCH_REF = 'acmesaaspreviewaaaaa';
const GIT_BRANCH = 'feat/invoice-due-dates';

let fake: FakeSupabaseApi;
let apiSleeps: number[];
let warnings: string[];
let logLines: string[];

function fakeClock(): PreviewBranchClock & { sleeps: number[] } {
  let now = 1_700_000_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

function api(overrides: Partial<ManagementApiOptions> = {}): ManagementApi {
  return createManagementApi({
    accessToken: FAKE_SUPABASE_TOKEN,
    baseUrl: fake.baseUrl,
    sleep: async (ms) => {
      apiSleeps.push(ms);
    },
    warn: (message) => warnings.push(message),
    ...overrides,
  });
}

function find(options: { clock?: PreviewBranchClock; timeoutMs?: number; gitBranch?: string }) {
  return findPreviewBranch({
    api: api(),
    projectRef: PARENT_REF,
    gitBranch: options.gitBranch ?? GIT_BRANCH,
    clock: options.clock ?? fakeClock(),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    log: (line) => logLines.push(line),
  });
}

beforeEach(async () => {
  fake = await FakeSupabaseApi.start();
  fake.addProject(PARENT_REF);
  apiSleeps = [];
  warnings = [];
  logLines = [];
});

afterEach(async () => {
  await fake.close();
});

describe('findPreviewBranch', () => {
  it('returns a ready branch whose migrations Supabase already ran, without waiting', async () => {
    const added = fake.addBranch(PARENT_REF, {
      name: GIT_BRANCH,
      projectRef: BRANCH_REF,
      gitBranch: GIT_BRANCH,
      statuses: ['MIGRATIONS_PASSED'],
      dbPass: 'branch-password',
    });
    const clock = fakeClock();
    const { branch, reason } = await find({ clock });

    expect(reason).toBeUndefined();
    expect(branch).toMatchObject({
      branchId: added.id,
      name: GIT_BRANCH,
      projectRef: BRANCH_REF,
      status: 'MIGRATIONS_PASSED',
      progress: 'migrations-applied',
      migrationsApplied: true,
      databaseStatus: 'ACTIVE_HEALTHY',
      databaseUrl: `postgres://postgres:branch-password@db.${BRANCH_REF}.supabase.co:5432/postgres?sslmode=require`,
      // Session mode of the shared pooler: IPv4, the pooler user carries the branch ref.
      poolerDatabaseUrl: `postgres://postgres.${BRANCH_REF}:branch-password@aws-0-eu-central-1.pooler.supabase.com:5432/postgres?sslmode=require`,
    });
    expect(clock.sleeps).toEqual([]);
    expect(fake.requests.map((request) => request.path)).toEqual([
      `/v1/projects/${PARENT_REF}/branches`,
      `/v1/branches/${added.id}`,
      `/v1/projects/${BRANCH_REF}/config/database/pooler`,
    ]);
    expect(fake.requests.every((r) => r.authorization === `Bearer ${FAKE_SUPABASE_TOKEN}`)).toBe(
      true,
    );
  });

  it('waits while the branch is created and migrated, logging each look', async () => {
    fake.addBranch(PARENT_REF, {
      name: GIT_BRANCH,
      projectRef: BRANCH_REF,
      gitBranch: GIT_BRANCH,
      statuses: ['CREATING_PROJECT', 'RUNNING_MIGRATIONS', 'MIGRATIONS_PASSED'],
    });
    const clock = fakeClock();
    const { branch } = await find({ clock });

    expect(branch?.status).toBe('MIGRATIONS_PASSED');
    expect(branch?.migrationsApplied).toBe(true);
    expect(clock.sleeps).toEqual([10_000, 10_000]);
    expect(logLines[0]).toMatch(/"feat\/invoice-due-dates" is CREATING_PROJECT; waiting .*0 s of/);
    expect(logLines[1]).toMatch(/is RUNNING_MIGRATIONS; waiting .*10 s of at most 5 min/);
    expect(logLines.at(-1)).toMatch(/found: .*already ran the pull request's migrations/);
  });

  it('counts functions deployed, or failing after the migrations passed, as migrations applied', async () => {
    fake.addBranch(PARENT_REF, {
      name: GIT_BRANCH,
      projectRef: BRANCH_REF,
      gitBranch: GIT_BRANCH,
      statuses: ['FUNCTIONS_FAILED'],
    });
    const { branch } = await find({});
    expect(branch?.migrationsApplied).toBe(true);
  });

  it('reports a branch whose migrations failed, with its status', async () => {
    fake.addBranch(PARENT_REF, {
      name: GIT_BRANCH,
      projectRef: BRANCH_REF,
      gitBranch: GIT_BRANCH,
      statuses: ['RUNNING_MIGRATIONS', 'MIGRATIONS_FAILED'],
    });
    const { branch } = await find({});
    expect(branch).toMatchObject({
      status: 'MIGRATIONS_FAILED',
      progress: 'migrations-failed',
      migrationsApplied: false,
    });
    expect(branch?.statusSummary).toMatch(/failed to run the pull request's migrations/);
  });

  it('does not wait on, nor trust, a status it does not know', async () => {
    fake.addBranch(PARENT_REF, {
      name: GIT_BRANCH,
      projectRef: BRANCH_REF,
      gitBranch: GIT_BRANCH,
      statuses: ['PREVIEW_PAUSED'],
    });
    const clock = fakeClock();
    const { branch } = await find({ clock });
    expect(branch).toMatchObject({ progress: 'unknown', migrationsApplied: false });
    expect(clock.sleeps).toEqual([]);
  });

  it('answers undefined with a reason when no branch follows the git branch', async () => {
    fake.addBranch(PARENT_REF, {
      name: 'feat/other',
      projectRef: BRANCH_REF,
      gitBranch: 'feat/other',
      statuses: ['MIGRATIONS_PASSED'],
    });
    const result = await find({});
    expect(result.branch).toBeUndefined();
    expect(result.reason).toBe(
      `no preview branch follows git branch ${GIT_BRANCH} in Supabase project ${PARENT_REF}`,
    );
  });

  it('never chooses the default (production) branch', async () => {
    const result = await find({ gitBranch: 'main' });
    expect(result.branch).toBeUndefined();
    expect(result.reason).toMatch(/followed only by the default \(production\) branch/);
    expect(fake.requests.some((request) => request.path.startsWith('/v1/branches/'))).toBe(false);
  });

  it('takes the most recently updated of several preview branches on one git branch', async () => {
    fake.addBranch(PARENT_REF, {
      name: 'stale',
      projectRef: 'acmesaasstalebbbbbbb',
      gitBranch: GIT_BRANCH,
      statuses: ['MIGRATIONS_PASSED'],
      updatedAt: '2026-11-19T10:00:00Z',
    });
    fake.addBranch(PARENT_REF, {
      name: 'fresh',
      projectRef: BRANCH_REF,
      gitBranch: GIT_BRANCH,
      statuses: ['MIGRATIONS_PASSED'],
      updatedAt: '2026-11-20T10:00:00Z',
    });
    const { branch } = await find({});
    expect(branch?.name).toBe('fresh');
    expect(logLines[0]).toMatch(/2 preview branches follow git branch/);
  });

  it('gives up with a typed error naming the status it was stuck in', async () => {
    fake.addBranch(PARENT_REF, {
      name: GIT_BRANCH,
      projectRef: BRANCH_REF,
      gitBranch: GIT_BRANCH,
      statuses: ['CREATING_PROJECT', 'RUNNING_MIGRATIONS'],
    });
    const clock = fakeClock();
    const error = await find({ clock, timeoutMs: 25_000 }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(PreviewBranchTimeoutError);
    const timeout = error as PreviewBranchTimeoutError;
    expect(timeout.lastStatus).toBe('RUNNING_MIGRATIONS');
    expect(timeout.waitedMs).toBe(25_000);
    expect(timeout.message).toMatch(/was still RUNNING_MIGRATIONS after 25 s/);
    // Two full intervals, then the rest of the budget, then one last look.
    expect(clock.sleeps).toEqual([10_000, 10_000, 5_000]);
  });

  it('returns undefined with a reason when the API withholds the database credentials', async () => {
    fake.addBranch(PARENT_REF, {
      name: GIT_BRANCH,
      projectRef: BRANCH_REF,
      gitBranch: GIT_BRANCH,
      statuses: ['MIGRATIONS_PASSED'],
      dbPass: null,
    });
    const result = await find({});
    expect(result.branch).toBeUndefined();
    expect(result.reason).toMatch(/withheld the database credentials/);
  });

  it('URL-encodes the user and the password in the database URL', async () => {
    const password = 'p@ss:w/rd#1?&%';
    fake.addBranch(PARENT_REF, {
      name: GIT_BRANCH,
      projectRef: BRANCH_REF,
      gitBranch: GIT_BRANCH,
      statuses: ['MIGRATIONS_PASSED'],
      dbPass: password,
    });
    const { branch } = await find({});
    expect(branch?.databaseUrl).toBe(
      `postgres://postgres:p%40ss%3Aw%2Frd%231%3F%26%25@db.${BRANCH_REF}.supabase.co:5432/postgres?sslmode=require`,
    );
    const parsed = new URL(branch?.databaseUrl ?? '');
    expect(decodeURIComponent(parsed.password)).toBe(password);
    expect(parsed.hostname).toBe(`db.${BRANCH_REF}.supabase.co`);
    expect(parsed.searchParams.get('sslmode')).toBe('require');
  });

  it('brackets an IPv6 host', () => {
    expect(
      postgresUrl({
        host: '2a05:d014::1',
        port: 5432,
        database: 'postgres',
        user: 'u',
        password: 'p',
      }),
    ).toBe('postgres://u:p@[2a05:d014::1]:5432/postgres?sslmode=require');
  });
});

describe('Management API client', () => {
  it('says the access token was refused on 401, without showing the token', async () => {
    fake.token = 'sbp_the_real_one';
    const error = await api()
      .listBranches(PARENT_REF)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SupabaseApiError);
    const apiError = error as SupabaseApiError;
    expect(apiError.status).toBe(401);
    expect(apiError.message).toMatch(/the Supabase access token was refused/);
    expect(apiError.message).not.toContain(FAKE_SUPABASE_TOKEN);
    expect(fake.requests).toHaveLength(1);
  });

  it('says the project is missing or has no branching on 404', async () => {
    await expect(api().listBranches('nosuchprojectzzzzzzz')).rejects.toThrow(
      /project nosuchprojectzzzzzzz not found or has no branching/,
    );
  });

  it('retries a 5xx with backoff and then succeeds', async () => {
    fake.failNext({ kind: 'server-error' });
    fake.failNext({ kind: 'server-error' });
    const branches = await api().listBranches(PARENT_REF);
    expect(branches).toHaveLength(1);
    expect(apiSleeps).toEqual([1_000, 2_000]);
    expect(warnings[0]).toMatch(/Failed to retrieve preview branches; retrying in 1 s/);
    expect(warnings.join('\n')).not.toContain(FAKE_SUPABASE_TOKEN);
  });

  it('gives up after the bounded retries', async () => {
    for (let i = 0; i < 4; i++) fake.failNext({ kind: 'server-error' });
    await expect(api().listBranches(PARENT_REF)).rejects.toThrow(
      /\(HTTP 500\): Failed to retrieve preview branches; gave up after 4 attempts/,
    );
    expect(fake.requests).toHaveLength(4);
  });

  it('honours Retry-After on 429, and refuses to wait longer than allowed', async () => {
    fake.failNext({ kind: 'rate-limit', retryAfterSeconds: 7 });
    await api().listBranches(PARENT_REF);
    expect(apiSleeps).toEqual([7_000]);

    fake.failNext({ kind: 'rate-limit', retryAfterSeconds: 600 });
    await expect(api().listBranches(PARENT_REF)).rejects.toThrow(
      /\(HTTP 429\): rate limited .*asked to wait 600 s, longer than the 60 s allowed/,
    );
  });

  it('times out a request that gets no answer, and retries it', async () => {
    fake.failNext({ kind: 'hang' });
    const branches = await api({ requestTimeoutMs: 200 }).listBranches(PARENT_REF);
    expect(branches).toHaveLength(1);
    expect(warnings[0]).toMatch(/no answer within 200 ms; retrying/);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-20T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter('Fri, 20 Nov 2026 10:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
