import { FunctionsClient, FunctionsHttpError } from '@supabase/functions-js';
import type {
  ApplyRequest,
  DeploymentStatus,
  HistoryResponse,
} from '../../core/deploy/protocol.ts';
import { signRequest } from '../../core/deploy/sign-request.ts';

/** How the Action proves itself to the edge function. */
export type FunctionCredentials =
  | { kind: 'hmac'; secret: string }
  /** A GitHub Actions OIDC token, fetched fresh for each request (they expire in minutes). */
  | { kind: 'oidc'; token: () => Promise<string> };

/** An answer of the function that is not a success, with its body's words. */
export class FunctionCallError extends Error {
  constructor(
    readonly endpoint: string,
    readonly status: number | undefined,
    readonly body: unknown,
    detail: string,
  ) {
    super(`edge function ${endpoint}: ${detail}`);
    this.name = 'FunctionCallError';
  }
}

export interface FunctionAnswer<T> {
  status: number;
  body: T;
}

/**
 * The deploy protocol over supabase-js's functions client (`functions.invoke`): every request
 * is a POST whose exact body bytes are signed (HMAC) or carry an OIDC bearer token.
 */
export class DeployFunctionClient {
  readonly #client: FunctionsClient;
  readonly #credentials: FunctionCredentials;
  readonly #name: string;

  /**
   * @param functionsUrl `https://<ref>.supabase.co/functions/v1`, or a local `deno serve` URL.
   * @param name The function's name, `migration-guard` unless deployed under another.
   */
  constructor(functionsUrl: string, credentials: FunctionCredentials, name = 'migration-guard') {
    this.#client = new FunctionsClient(functionsUrl.replace(/\/+$/, ''));
    this.#credentials = credentials;
    this.#name = name;
  }

  history(): Promise<FunctionAnswer<HistoryResponse>> {
    return this.#call<HistoryResponse>('history', {});
  }

  apply(request: ApplyRequest): Promise<FunctionAnswer<DeploymentStatus>> {
    return this.#call<DeploymentStatus>('apply', request);
  }

  status(deploymentId: string): Promise<FunctionAnswer<DeploymentStatus>> {
    return this.#call<DeploymentStatus>('status', { deploymentId });
  }

  async #call<T>(endpoint: string, payload: unknown): Promise<FunctionAnswer<T>> {
    const body = JSON.stringify(payload);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (this.#credentials.kind === 'hmac') {
      Object.assign(headers, await signRequest({ secret: this.#credentials.secret, body }));
    } else {
      headers['Authorization'] = `Bearer ${await this.#credentials.token()}`;
    }
    // A string body with our own Content-Type is sent as is: the bytes signed are the bytes sent.
    const { data, error, response } = await this.#client.invoke(`${this.#name}/${endpoint}`, {
      body,
      headers,
    });
    if (error === null) return { status: response?.status ?? 200, body: data as T };
    if (error instanceof FunctionsHttpError) {
      const answer = error.context as Response;
      const text = await answer.text().catch(() => '');
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON: keep the text for the message.
      }
      // A refusal or a busy function answers with a body the caller reads (409).
      if (answer.status === 409) return { status: 409, body: parsed as T };
      throw new FunctionCallError(
        endpoint,
        answer.status,
        parsed,
        describe(answer.status, parsed, this.#credentials.kind),
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new FunctionCallError(endpoint, undefined, undefined, `request failed: ${reason}`);
  }
}

function describe(status: number, body: unknown, kind: FunctionCredentials['kind']): string {
  const words =
    typeof body === 'object' && body !== null && 'error' in body
      ? String(body.error)
      : String(body);
  const details =
    typeof body === 'object' && body !== null && 'details' in body && Array.isArray(body.details)
      ? `: ${body.details.join('; ')}`
      : '';
  const hint =
    status === 401
      ? kind === 'hmac'
        ? " (check that deploy-secret matches the function's MIGRATION_GUARD_SECRET; the function's log says why)"
        : " (check oidc-audience against the function's MIGRATION_GUARD_OIDC_* settings; the function's log says why)"
      : status === 404
        ? ' (check function-url and that the function is deployed)'
        : '';
  return `HTTP ${status} ${words}${details}${hint}`;
}
