/**
 * HMAC-SHA256 request signing: the Action signs, the edge function verifies.
 *
 * signature = `v1=` + hex(HMAC-SHA256(secret, `v1:${timestamp}:${requestId}:` + raw body bytes))
 *
 * The timestamp bounds how long a captured request stays usable (300 s either way); the request
 * id lets the function accept each signed request once within that window (the function stores
 * it; this module only checks the signature and the clock).
 *
 * Runtime-agnostic: crypto.subtle and TextEncoder only.
 */

import {
  REQUEST_ID_HEADER,
  REQUEST_ID_PATTERN,
  SIGNATURE_HEADER,
  SIGNATURE_SCHEME,
  SIGNATURE_WINDOW_SECONDS,
  TIMESTAMP_HEADER,
} from './protocol.ts';

/** A type alias rather than an interface, so it fits `Record<string, string>` header parameters. */
export type SignatureHeaders = {
  [TIMESTAMP_HEADER]: string;
  [REQUEST_ID_HEADER]: string;
  [SIGNATURE_HEADER]: string;
};

export interface SignRequestInput {
  secret: string;
  /** The exact bytes that will be sent; a string is encoded as UTF-8. */
  body: string | Uint8Array;
  /** Default: a random UUID. Must match `^[A-Za-z0-9._-]{8,100}$`. */
  requestId?: string;
  /** Unix seconds. Default: now. */
  timestamp?: number;
}

export async function signRequest(input: SignRequestInput): Promise<SignatureHeaders> {
  if (input.secret === '') throw new Error('cannot sign a deploy request with an empty secret');
  const requestId = input.requestId ?? crypto.randomUUID();
  if (!REQUEST_ID_PATTERN.test(requestId)) {
    throw new Error(`request id ${JSON.stringify(requestId)} must match ${REQUEST_ID_PATTERN}`);
  }
  const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new Error(`timestamp must be whole unix seconds, got ${timestamp}`);
  }
  const body = typeof input.body === 'string' ? new TextEncoder().encode(input.body) : input.body;
  const key = await hmacKey(input.secret, 'sign');
  const mac = await crypto.subtle.sign(
    'HMAC',
    key,
    signedMessage(String(timestamp), requestId, body),
  );
  return {
    [TIMESTAMP_HEADER]: String(timestamp),
    [REQUEST_ID_HEADER]: requestId,
    [SIGNATURE_HEADER]: `${SIGNATURE_SCHEME}=${toHex(new Uint8Array(mac))}`,
  };
}

/** `Headers` from a Request, or a plain record (names matched case-insensitively). */
export type HeaderSource = Headers | Readonly<Record<string, string | undefined>>;

export interface VerifySignatureInput {
  secret: string;
  headers: HeaderSource;
  /** The body exactly as received. */
  rawBody: Uint8Array;
  /** Default: the current time. */
  now?: Date;
}

export type SignatureVerification = { ok: true; requestId: string } | { ok: false; reason: string };

/**
 * Check the three signature headers against the body. Does NOT check that the request id is
 * new: the caller must do that after a success. Reasons are for the log, never for the client.
 */
export async function verifySignature(input: VerifySignatureInput): Promise<SignatureVerification> {
  if (input.secret === '') return { ok: false, reason: 'no HMAC secret is configured' };
  const timestamp = headerValue(input.headers, TIMESTAMP_HEADER);
  const requestId = headerValue(input.headers, REQUEST_ID_HEADER);
  const signature = headerValue(input.headers, SIGNATURE_HEADER);
  if (timestamp === undefined) return missing(TIMESTAMP_HEADER);
  if (requestId === undefined) return missing(REQUEST_ID_HEADER);
  if (signature === undefined) return missing(SIGNATURE_HEADER);

  if (!/^[0-9]{1,15}$/.test(timestamp)) {
    return { ok: false, reason: `${TIMESTAMP_HEADER} is not unix seconds in decimal` };
  }
  if (!REQUEST_ID_PATTERN.test(requestId)) {
    return { ok: false, reason: `${REQUEST_ID_HEADER} does not match ${REQUEST_ID_PATTERN}` };
  }
  const mac = parseSignature(signature);
  if (!mac) {
    return {
      ok: false,
      reason: `${SIGNATURE_HEADER} is not ${SIGNATURE_SCHEME}= followed by 64 lowercase hex digits`,
    };
  }
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const skew = nowSeconds - Number(timestamp);
  if (Math.abs(skew) > SIGNATURE_WINDOW_SECONDS) {
    const direction = skew > 0 ? 'old' : 'in the future';
    return {
      ok: false,
      reason: `timestamp is ${Math.abs(skew)} s ${direction}; at most ${SIGNATURE_WINDOW_SECONDS} s allowed`,
    };
  }

  // crypto.subtle.verify compares in constant time; comparing hex strings with === would not.
  const key = await hmacKey(input.secret, 'verify');
  const valid = await crypto.subtle.verify(
    'HMAC',
    key,
    mac,
    signedMessage(timestamp, requestId, input.rawBody),
  );
  if (!valid) return { ok: false, reason: 'signature does not match the body and headers' };
  return { ok: true, requestId };
}

function signedMessage(timestamp: string, requestId: string, body: Uint8Array): BufferSource {
  const prefix = new TextEncoder().encode(`${SIGNATURE_SCHEME}:${timestamp}:${requestId}:`);
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix, 0);
  message.set(body, prefix.length);
  return message;
}

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    [usage],
  );
}

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return value;
  }
  return undefined;
}

function missing(header: string): SignatureVerification {
  return { ok: false, reason: `missing ${header} header` };
}

function parseSignature(value: string): BufferSource | undefined {
  const match = new RegExp(`^${SIGNATURE_SCHEME}=([0-9a-f]{64})$`).exec(value);
  const hex = match?.[1];
  if (hex === undefined) return undefined;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
