import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A branch as the fake lists it; `statuses` are served one per list call, the last one kept. */
export interface FakeBranch {
  id: string;
  name: string;
  projectRef: string;
  gitBranch?: string;
  isDefault?: boolean;
  statuses: string[];
  updatedAt?: string;
  dbHost?: string;
  dbPort?: number;
  /** null withholds the field, as the API does for tokens that may not read secrets. */
  dbUser?: string | null;
  dbPass?: string | null;
  databaseStatus?: string;
  /** Where the project's pooler (Supavisor) listens; by default a pooler.supabase.com host. */
  poolerHost?: string;
  poolerPort?: number;
  poolMode?: 'session' | 'transaction';
}

export interface FakeSupabaseRequest {
  method: string;
  path: string;
  authorization: string | undefined;
}

export type FakeSupabaseFault =
  | { kind: 'server-error' }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'unauthorized' }
  /** No answer at all, to exercise the client's request timeout. */
  | { kind: 'hang' };

export const FAKE_SUPABASE_TOKEN = 'sbp_fake0123456789abcdef0123456789abcdef01';

/**
 * A local stand-in for the Supabase Management API (https://api.supabase.com) with the routes
 * preview-branch discovery calls: a project's branches, a branch's connection details, a
 * project's pooler configuration. Every route wants `Authorization: Bearer <token>`.
 */
export class FakeSupabaseApi {
  readonly requests: FakeSupabaseRequest[] = [];
  /** Parent project ref → its branches (the default branch included). */
  readonly projects = new Map<string, FakeBranch[]>();
  token = FAKE_SUPABASE_TOKEN;
  private readonly faults: FakeSupabaseFault[] = [];
  private readonly listCalls = new Map<string, number>();
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      sendJson(res, 500, { message: String(error) });
    });
  });

  private constructor() {}

  static async start(): Promise<FakeSupabaseApi> {
    const fake = new FakeSupabaseApi();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get baseUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** A project with branching enabled and its default (production) branch. */
  addProject(ref: string, defaultGitBranch = 'main'): void {
    this.projects.set(ref, [
      {
        id: randomUUID(),
        name: 'main',
        projectRef: ref,
        gitBranch: defaultGitBranch,
        isDefault: true,
        statuses: ['FUNCTIONS_DEPLOYED'],
      },
    ]);
  }

  addBranch(parentRef: string, branch: Omit<FakeBranch, 'id'> & { id?: string }): FakeBranch {
    const list = this.projects.get(parentRef);
    if (list === undefined) throw new Error(`addProject(${parentRef}) first`);
    const added = { id: randomUUID(), ...branch };
    list.push(added);
    return added;
  }

  /** Answers the next request with this fault instead of the route's answer. */
  failNext(fault: FakeSupabaseFault): void {
    this.faults.push(fault);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = req.method ?? 'GET';
    const authorization = req.headers.authorization;
    this.requests.push({ method, path: url.pathname, authorization });

    const fault = this.faults.shift();
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'server-error') {
      return sendJson(res, 500, { message: 'Failed to retrieve preview branches' });
    }
    if (fault?.kind === 'rate-limit') {
      return sendJson(
        res,
        429,
        { message: 'Too many requests' },
        { 'retry-after': String(fault.retryAfterSeconds) },
      );
    }
    if (fault?.kind === 'unauthorized' || authorization !== `Bearer ${this.token}`) {
      return sendJson(res, 401, { message: 'Unauthorized' });
    }
    if (method !== 'GET') return sendJson(res, 404, { message: 'Cannot find route' });

    let match = url.pathname.match(/^\/v1\/projects\/([a-z0-9]+)\/branches$/);
    if (match?.[1] !== undefined) {
      const branches = this.projects.get(match[1]);
      if (branches === undefined) {
        return sendJson(res, 404, { message: 'Project not found or preview branching disabled' });
      }
      return sendJson(
        res,
        200,
        branches.map((branch) => this.branchJson(match?.[1] ?? '', branch)),
      );
    }
    match = url.pathname.match(/^\/v1\/branches\/([^/]+)$/);
    if (match?.[1] !== undefined) {
      const key = decodeURIComponent(match[1]);
      const branch = [...this.projects.values()]
        .flat()
        .find((candidate) => candidate.id === key || candidate.projectRef === key);
      if (branch === undefined) return sendJson(res, 404, { message: 'Branch not found' });
      return sendJson(res, 200, connectionJson(branch));
    }
    match = url.pathname.match(/^\/v1\/projects\/([a-z0-9]+)\/config\/database\/pooler$/);
    if (match?.[1] !== undefined) {
      const ref = match[1];
      const branch = [...this.projects.values()].flat().find((b) => b.projectRef === ref);
      if (branch === undefined) return sendJson(res, 404, { message: 'Project not found' });
      const host = branch.poolerHost ?? 'aws-0-eu-central-1.pooler.supabase.com';
      const port = branch.poolerPort ?? 6543;
      return sendJson(res, 200, [
        {
          identifier: ref,
          database_type: 'PRIMARY',
          is_using_scram_auth: true,
          db_user: `postgres.${ref}`,
          db_host: host,
          db_port: port,
          db_name: 'postgres',
          connection_string: `postgresql://postgres.${ref}:[YOUR-PASSWORD]@${host}:${port}/postgres`,
          connectionString: `postgresql://postgres.${ref}:[YOUR-PASSWORD]@${host}:${port}/postgres`,
          default_pool_size: 15,
          max_client_conn: 200,
          pool_mode: branch.poolMode ?? 'transaction',
        },
      ]);
    }
    return sendJson(res, 404, { message: 'Cannot find route' });
  }

  /** BranchResponse; each listing advances the branch one step through its statuses. */
  private branchJson(parentRef: string, branch: FakeBranch): Record<string, unknown> {
    const calls = this.listCalls.get(branch.id) ?? 0;
    this.listCalls.set(branch.id, calls + 1);
    const status = branch.statuses[Math.min(calls, branch.statuses.length - 1)] ?? 'UNKNOWN';
    return {
      id: branch.id,
      name: branch.name,
      project_ref: branch.projectRef,
      parent_project_ref: branch.isDefault === true ? null : parentRef,
      is_default: branch.isDefault === true,
      ...(branch.gitBranch !== undefined ? { git_branch: branch.gitBranch } : {}),
      persistent: branch.isDefault === true,
      status,
      created_at: '2026-11-20T09:00:00Z',
      updated_at: branch.updatedAt ?? '2026-11-20T10:00:00Z',
      with_data: false,
      preview_project_status: 'ACTIVE_HEALTHY',
    };
  }
}

/** BranchDetailResponse. */
function connectionJson(branch: FakeBranch): Record<string, unknown> {
  const user = branch.dbUser === undefined ? 'postgres' : branch.dbUser;
  const pass = branch.dbPass === undefined ? 'branch-password' : branch.dbPass;
  return {
    ref: branch.projectRef,
    postgres_version: '17.4.1.054',
    postgres_engine: '17',
    release_channel: 'ga',
    status: branch.databaseStatus ?? 'ACTIVE_HEALTHY',
    db_host: branch.dbHost ?? `db.${branch.projectRef}.supabase.co`,
    db_port: branch.dbPort ?? 5432,
    ...(user !== null ? { db_user: user } : {}),
    ...(pass !== null ? { db_pass: pass } : {}),
    jwt_secret: 'super-secret-jwt-token-with-at-least-32-characters',
  };
}

function sendJson(
  res: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(payload));
}
