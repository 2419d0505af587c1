import { DatabaseConnectionError } from '@core/db/connection-error.ts';
import type { DatabasePort } from '@core/db/database-port.ts';
import {
  BODY_TOO_LARGE_BODY,
  type DeployEndpoint,
  MAX_BODY_BYTES,
  UNAUTHENTICATED_BODY,
} from '@core/deploy/protocol.ts';
import {
  checkChecksums,
  parseRequestJson,
  validateApplyRequest,
  validateHistoryRequest,
  validateStatusRequest,
} from '@core/deploy/validate-request.ts';
import {
  type ApplyOutcome,
  applyDeployment,
  DeploymentInterruptedError,
} from './apply-deployment.ts';
import { ensureAuditSchema } from './audit-schema.ts';
import { authConfigFromEnv, authenticate } from './auth/authenticate.ts';
import type { FetchImpl } from './auth/jwks-cache.ts';
import { readBody } from './auth/read-body.ts';
import { loadDeploymentStatus } from './deployments.ts';
import { functionConfigFromEnv } from './function-config.ts';
import { PostgresDatabase, SessionLostError } from './postgres-database.ts';
import { historyEntries, readProductionHistory } from './production-history.ts';
import { AuditRequestIdStore } from './request-ids.ts';

/**
 * The function's HTTP surface (docs: the deploy contract): read the body within the limit,
 * authenticate, validate, route. Exported apart from `Deno.serve` so tests call it in-process.
 */

export interface HandlerOptions {
  /** The function's environment (`Deno.env.get`). Read once, here. */
  env: (name: string) => string | undefined;
  /** Keep work going after the response (`EdgeRuntime.waitUntil`), where the runtime allows. */
  runInBackground?: (work: Promise<unknown>) => void;
  /** For the OIDC JWKS. */
  fetchImpl?: FetchImpl;
  log?: (message: string) => void;
}

type Session = DatabasePort & { readonly lost: boolean };

export function createHandler(options: HandlerOptions): (request: Request) => Promise<Response> {
  const config = functionConfigFromEnv(options.env);
  const authConfig = authConfigFromEnv(options.env);
  const log = options.log ?? ((message: string) => console.error(`migration-guard: ${message}`));

  const connect = async (purpose: string): Promise<Session> => {
    if (config.databaseUrl === undefined) {
      throw new DatabaseConnectionError('invalid-url', '(none)', 'SUPABASE_DB_URL is not set');
    }
    return PostgresDatabase.connect({
      url: config.databaseUrl,
      applicationName: `migration-guard ${purpose}`,
    });
  };

  return async (request: Request): Promise<Response> => {
    const startedAt = performance.now();
    let audit: Session | undefined;
    let handedOver = false;
    const auditSession = async (): Promise<Session> => {
      if (!audit) {
        audit = await connect('audit');
        await ensureAuditSchema(audit);
      }
      return audit;
    };
    try {
      const body = await readBody(request, MAX_BODY_BYTES);
      if (!body.ok) return json(413, BODY_TOO_LARGE_BODY);
      const store = new AuditRequestIdStore(auditSession);
      const auth = await authenticate(request, body.bytes, authConfig, store, options.fetchImpl);
      if (!auth.ok) {
        log(`401 ${new URL(request.url).pathname}: ${auth.reason}`);
        return json(401, UNAUTHENTICATED_BODY);
      }
      const endpoint = endpointOf(request);
      if (!endpoint) return json(404, { error: 'not found' });
      if (request.method !== 'POST') return json(405, { error: 'method not allowed' });
      const parsed = parseRequestJson(body.bytes);
      if (!parsed.ok) return invalid(parsed.errors);

      if (endpoint === 'history') {
        const valid = validateHistoryRequest(parsed.value);
        if (!valid.ok) return invalid(valid.errors);
        const history = await readProductionHistory(await auditSession());
        return json(200, { migrations: historyEntries(history) });
      }
      if (endpoint === 'status') {
        const valid = validateStatusRequest(parsed.value);
        if (!valid.ok) return invalid(valid.errors);
        const status = await loadDeploymentStatus(await auditSession(), valid.value.deploymentId);
        return status ? json(200, status) : json(404, { error: 'unknown deployment' });
      }
      const valid = validateApplyRequest(parsed.value);
      if (!valid.ok) return invalid(valid.errors);
      const mismatches = await checkChecksums(valid.value.migrations);
      if (mismatches.length > 0) return invalid(mismatches.map((m) => m.message));

      const session = await auditSession();
      log(`apply ${valid.value.deploymentId} by ${auth.principal.subject}`);
      const work = applyDeployment(valid.value, {
        config,
        audit: session,
        auditLost: () => session.lost,
        openApplySession: () => connect('apply'),
        shouldStop: () => performance.now() - startedAt > config.timeBudgetMs,
        // Room to record the outcome after the last statement.
        timeLeftMs: () => config.wallClockMs - (performance.now() - startedAt) - 5_000,
        log,
      });
      if (!options.runInBackground) return outcomeResponse(await work);
      const early = await settledWithin(work, config.respondAfterMs);
      if (early) return outcomeResponse(await work);
      // Still applying: answer now, keep the work (and its session) alive in the background.
      handedOver = true;
      options.runInBackground(
        work
          .catch((error: unknown) => log(`background apply failed: ${describe(error)}`))
          .finally(() => session.close()),
      );
      return await progressResponse(connect, valid.value.deploymentId);
    } catch (error) {
      log(`${new URL(request.url).pathname}: ${describe(error)}`);
      if (error instanceof DatabaseConnectionError || error instanceof SessionLostError) {
        return json(503, { error: 'database unavailable' });
      }
      if (error instanceof DeploymentInterruptedError) {
        // A resend with the same deployment id resumes it.
        return json(503, { error: 'deployment interrupted', details: [error.message] });
      }
      return json(500, { error: 'internal error' });
    } finally {
      if (audit && !handedOver) await audit.close();
    }
  };
}

/** `/migration-guard/apply` as Supabase routes it, or `/apply` from a bare `deno serve`. */
function endpointOf(request: Request): DeployEndpoint | undefined {
  const path = new URL(request.url).pathname.replace(/\/+$/, '');
  const match = /^(?:\/migration-guard)?\/(apply|status|history)$/.exec(path);
  return match?.[1] as DeployEndpoint | undefined;
}

function outcomeResponse(outcome: ApplyOutcome): Response {
  switch (outcome.kind) {
    case 'status':
      return json(outcome.httpStatus, outcome.status);
    case 'busy':
      return json(409, { error: 'busy', runningDeploymentId: outcome.runningDeploymentId });
    case 'conflict':
      return json(409, { error: 'deployment id conflict', details: [outcome.message] });
  }
}

async function progressResponse(
  connect: (purpose: string) => Promise<Session>,
  deploymentId: string,
): Promise<Response> {
  const db = await connect('status');
  try {
    const status = await loadDeploymentStatus(db, deploymentId);
    return status ? json(202, status) : json(202, { deploymentId, status: 'running' });
  } finally {
    await db.close();
  }
}

/** True when `work` settled (either way) within `ms`. */
async function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = work.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function invalid(details: string[]): Response {
  return json(400, { error: 'invalid request', details });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
