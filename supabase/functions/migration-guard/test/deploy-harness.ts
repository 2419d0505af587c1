import { sha256Hex } from '@core/migrations/migration-file.ts';
import type { ApplyMigration, ApplyRequest } from '@core/deploy/protocol.ts';
import { signRequest } from '@core/deploy/sign-request.ts';
import { createHandler } from '../handler.ts';
import { PostgresDatabase } from '../postgres-database.ts';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';

/**
 * What the function's tests share: a database per case on the throwaway cluster, the handler
 * called in-process as Supabase would call it, and signed requests as the Action sends them.
 */

export const SECRET = 'test-secret-of-the-deploy-contract';
const COMMIT = 'a'.repeat(40);
const REPOSITORY = 'acme/saas-app';

let databaseCount = 0;

/** A new empty database on the cluster; returns its URL. */
export async function createTestDatabase(clusterUrl: string): Promise<string> {
  const name = `deploy_${Date.now()}_${databaseCount++}`;
  const admin = await PostgresDatabase.connect({ url: clusterUrl });
  try {
    await admin.exec(`CREATE DATABASE ${name} STRATEGY FILE_COPY`);
  } finally {
    await admin.close();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export type Handler = (request: Request) => Promise<Response>;

export function handlerFor(databaseUrl: string, env: Record<string, string> = {}): Handler {
  const values: Record<string, string> = {
    SUPABASE_DB_URL: databaseUrl,
    MIGRATION_GUARD_SECRET: SECRET,
    ...env,
  };
  return createHandler({ env: (name) => values[name], log: () => undefined });
}

export async function migration(
  version: string,
  name: string,
  sql: string,
): Promise<ApplyMigration> {
  return { version, name, sha256: await sha256Hex(sql), sql };
}

export function applyBody(
  deploymentId: string,
  migrations: ApplyMigration[],
  extra: Partial<ApplyRequest> = {},
): ApplyRequest {
  return {
    deploymentId,
    repository: REPOSITORY,
    commit: COMMIT,
    allowOutOfOrder: false,
    migrations,
    ...extra,
  };
}

export interface SignOptions {
  secret?: string;
  timestamp?: number;
  requestId?: string;
}

/** A POST to `/migration-guard/<endpoint>` signed with the shared secret. */
export async function signedRequest(
  endpoint: 'apply' | 'status' | 'history',
  body: unknown,
  options: SignOptions = {},
): Promise<Request> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const headers = await signRequest({
    secret: options.secret ?? SECRET,
    body: text,
    ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
    ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
  });
  return new Request(`http://localhost/migration-guard/${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: text,
  });
}

export async function call(
  handler: Handler,
  endpoint: 'apply' | 'status' | 'history',
  body: unknown,
  options: SignOptions = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await handler(await signedRequest(endpoint, body, options));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Run `work` on a short-lived session of `url`. */
export async function withDatabase<T>(
  url: string,
  work: (db: PostgresDatabase) => Promise<T>,
): Promise<T> {
  const db = await PostgresDatabase.connect({ url, applicationName: 'migration-guard test' });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

export async function scalar<T>(url: string, sql: string): Promise<T> {
  return withDatabase(url, async (db) => {
    const { rows } = await db.query<{ value: T }>(sql);
    return rows[0]?.value as T;
  });
}

/** Versions in production's history. */
export async function historyVersions(url: string): Promise<string[]> {
  return withDatabase(url, async (db) => {
    const { rows } = await db.query<{ version: string }>(
      `SELECT version FROM supabase_migrations.schema_migrations ORDER BY version`,
    );
    return rows.map((r) => r.version);
  }).catch(() => []);
}

export function statusOf(body: Record<string, unknown>): string[] {
  const migrations = body['migrations'];
  if (!Array.isArray(migrations)) return [];
  return migrations.map((m) => `${Reflect.get(m, 'version')}:${Reflect.get(m, 'status')}`);
}

/** The multi-tenant SaaS schema the tests deploy. */
export async function saasMigrations(): Promise<ApplyMigration[]> {
  return [
    await migration(
      '20240101000000',
      'create_workspaces',
      `-- Every tenant is a workspace.
create table public.workspaces (
  id bigint generated always as identity primary key,
  slug text not null unique,
  created_at timestamptz not null default now()
);

create table public.workspace_members (
  workspace_id bigint not null references public.workspaces (id) on delete cascade,
  user_id uuid not null,
  role text not null default 'member' check (role in ('owner', 'admin', 'member')),
  primary key (workspace_id, user_id)
);
`,
    ),
    await migration(
      '20240102000000',
      'create_projects',
      `create table public.projects (
  id bigint generated always as identity primary key,
  workspace_id bigint not null references public.workspaces (id),
  name text not null
);

-- Runs alone, outside any transaction.
create index concurrently projects_workspace_id_idx on public.projects (workspace_id);
`,
    ),
    await migration(
      '20240103000000',
      'create_invoices',
      `create table public.invoices (
  id bigint generated always as identity primary key,
  workspace_id bigint not null references public.workspaces (id),
  amount_cents bigint not null check (amount_cents >= 0),
  issued_on date not null default current_date
);

create function public.workspace_invoice_total(p_workspace bigint) returns bigint
language sql stable set search_path = '' as $$
  select coalesce(sum(amount_cents), 0)::bigint from public.invoices where workspace_id = p_workspace;
$$;

insert into public.workspaces (slug) values ('acme');
-- a trailing comment, kept by the CLI as a statement of its own
`,
    ),
  ];
}

/**
 * A Deno test with a throwaway cluster of its own, stopped afterwards. Sanitizers are off:
 * postgres.js keeps timers and sockets that outlive a single test step.
 */
export function clusterTest(
  name: string,
  fn: (cluster: PgCluster, t: Deno.TestContext) => Promise<void>,
): void {
  Deno.test({
    name,
    sanitizeOps: false,
    sanitizeResources: false,
    fn: async (t) => {
      const cluster = await startPgCluster();
      try {
        await fn(cluster, t);
      } finally {
        await cluster.stop();
      }
    },
  });
}
