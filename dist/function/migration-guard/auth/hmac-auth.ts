/**
 * Authentication by shared secret: the request's HMAC signature must verify
 * (`@core/deploy/sign-request.ts`) and its request id must be new.
 */

import { type HeaderSource, verifySignature } from '@core/deploy/sign-request.ts';
import type { RequestIdStore } from './request-id-store.ts';

export interface HmacAuthInput {
  secret: string;
  headers: HeaderSource;
  rawBody: Uint8Array;
  store: RequestIdStore;
  now?: Date;
}

export type HmacAuthResult = { ok: true; requestId: string } | { ok: false; reason: string };

export async function authenticateHmac(input: HmacAuthInput): Promise<HmacAuthResult> {
  const verified = await verifySignature({
    secret: input.secret,
    headers: input.headers,
    rawBody: input.rawBody,
    ...(input.now ? { now: input.now } : {}),
  });
  if (!verified.ok) return verified;
  // Only a correctly signed request may consume an id, so forged requests cannot burn ids.
  // Request ids cannot contain ':', so they never collide with the `oidc:` token ids.
  if (!(await input.store.acceptOnce(verified.requestId))) {
    return { ok: false, reason: `request id ${verified.requestId} was already used (replay)` };
  }
  return { ok: true, requestId: verified.requestId };
}
