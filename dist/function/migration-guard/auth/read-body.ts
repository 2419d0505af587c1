/**
 * Read a request body with a byte limit. The stream is read chunk by chunk and abandoned as soon
 * as the limit is passed, so an oversized (or endless) body never sits in memory.
 */

import { MAX_BODY_BYTES } from '@core/deploy/protocol.ts';

export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true };

export async function readBody(
  request: Request,
  limit: number = MAX_BODY_BYTES,
): Promise<BodyRead> {
  // A declared length over the limit is refused before reading anything.
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => {});
    return { ok: false, tooLarge: true };
  }
  if (request.body === null) return { ok: true, bytes: new Uint8Array(0) };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // The declared length can lie (or be absent with chunked encoding): count what arrives.
      await reader.cancel().catch(() => {});
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
