/**
 * The Management API answers migration-guard reads, parsed at the edge into typed values.
 * Field names follow the v1 OpenAPI spec (BranchResponse, BranchDetailResponse,
 * SupavisorConfigResponse). Fields we do not use are not parsed, so additions do not break us.
 */

/** One entry of GET /v1/projects/{ref}/branches. */
export interface SupabaseBranch {
  /** The branch id (a UUID); the key for GET /v1/branches/{branch_id_or_ref}. */
  id: string;
  name: string;
  /** The branch's own project ref (its database lives at db.<ref>.supabase.co). */
  projectRef: string;
  /** The project the branch belongs to; null on the default branch. */
  parentProjectRef: string | null;
  /** True for the project's main (production) branch. */
  isDefault: boolean;
  /** The Git branch it follows, when created by the GitHub integration or with --git-branch. */
  gitBranch: string | undefined;
  /** Workflow status: CREATING_PROJECT, RUNNING_MIGRATIONS, MIGRATIONS_PASSED, ... */
  status: string;
  /** The preview project's health (ACTIVE_HEALTHY, COMING_UP, INACTIVE, ...), when listed. */
  previewProjectStatus: string | undefined;
  prNumber: number | undefined;
  updatedAt: string | undefined;
}

/** GET /v1/branches/{branch_id_or_ref}: how to reach the branch database. */
export interface SupabaseBranchConnection {
  ref: string;
  /** The branch project's health (ACTIVE_HEALTHY, COMING_UP, ...), not the workflow status. */
  status: string;
  dbHost: string;
  dbPort: number;
  /** Optional in the spec: withheld from tokens that may not read secrets. */
  dbUser: string | undefined;
  dbPass: string | undefined;
  postgresVersion: string | undefined;
}

/** One entry of GET /v1/projects/{ref}/config/database/pooler. */
export interface SupabasePoolerConfig {
  databaseType: string;
  dbHost: string;
  dbPort: number;
  dbUser: string;
  dbName: string;
  poolMode: string;
}

/** An answer that does not have the shape the spec promises. */
class UnexpectedApiAnswerError extends Error {
  constructor(what: string, problem: string) {
    super(`Supabase Management API: unexpected answer for ${what}: ${problem}`);
    this.name = 'UnexpectedApiAnswerError';
  }
}

export function parseBranchList(body: unknown): SupabaseBranch[] {
  const what = 'the branch list';
  if (!Array.isArray(body)) throw new UnexpectedApiAnswerError(what, 'expected an array');
  return body.map((item: unknown, index) => {
    const fields = new Fields(item, `${what}[${index}]`);
    return {
      id: fields.string('id'),
      name: fields.string('name'),
      projectRef: fields.string('project_ref'),
      parentProjectRef: fields.optionalString('parent_project_ref') ?? null,
      isDefault: fields.optionalBoolean('is_default') ?? false,
      gitBranch: fields.optionalString('git_branch'),
      status: fields.string('status'),
      previewProjectStatus: fields.optionalString('preview_project_status'),
      prNumber: fields.optionalNumber('pr_number'),
      updatedAt: fields.optionalString('updated_at'),
    };
  });
}

export function parseBranchConnection(body: unknown): SupabaseBranchConnection {
  const fields = new Fields(body, 'the branch connection details');
  return {
    ref: fields.string('ref'),
    status: fields.string('status'),
    dbHost: fields.string('db_host'),
    dbPort: fields.number('db_port'),
    dbUser: fields.optionalString('db_user'),
    dbPass: fields.optionalString('db_pass'),
    postgresVersion: fields.optionalString('postgres_version'),
  };
}

export function parsePoolerConfigs(body: unknown): SupabasePoolerConfig[] {
  const what = 'the pooler configuration';
  if (!Array.isArray(body)) throw new UnexpectedApiAnswerError(what, 'expected an array');
  return body.map((item: unknown, index) => {
    const fields = new Fields(item, `${what}[${index}]`);
    return {
      databaseType: fields.string('database_type'),
      dbHost: fields.string('db_host'),
      dbPort: fields.number('db_port'),
      dbUser: fields.string('db_user'),
      dbName: fields.string('db_name'),
      poolMode: fields.string('pool_mode'),
    };
  });
}

/** Typed reads of one JSON object's fields; a wrong type names the field. */
class Fields {
  readonly #record: Record<string, unknown>;

  constructor(
    value: unknown,
    private readonly what: string,
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new UnexpectedApiAnswerError(what, 'expected an object');
    }
    this.#record = value as Record<string, unknown>;
  }

  string(key: string): string {
    const value = this.optionalString(key);
    if (value === undefined) throw this.#wrong(key, 'a string');
    return value;
  }

  number(key: string): number {
    const value = this.optionalNumber(key);
    if (value === undefined) throw this.#wrong(key, 'a number');
    return value;
  }

  optionalString(key: string): string | undefined {
    const value = this.#record[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw this.#wrong(key, 'a string');
    return value;
  }

  optionalNumber(key: string): number | undefined {
    const value = this.#record[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw this.#wrong(key, 'a number');
    return value;
  }

  optionalBoolean(key: string): boolean | undefined {
    const value = this.#record[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') throw this.#wrong(key, 'a boolean');
    return value;
  }

  #wrong(key: string, expected: string): UnexpectedApiAnswerError {
    return new UnexpectedApiAnswerError(this.what, `field ${key} should be ${expected}`);
  }
}
