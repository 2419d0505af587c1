import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/core/migrations/migration-file.ts';
import {
  type ApplyMigration,
  REQUEST_ID_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '../src/core/deploy/protocol.ts';
import { signRequest, verifySignature } from '../src/core/deploy/sign-request.ts';
import {
  checkChecksums,
  migrationOrderErrors,
  parseRequestJson,
  validateApplyRequest,
  validateHistoryRequest,
  validateStatusRequest,
} from '../src/core/deploy/validate-request.ts';

const COMMIT = '3f2a9c1d5e6b7a8f9c0d1e2f3a4b5c6d7e8f9a0b';
const WORKSPACES_SQL = `create table public.workspaces (
  id uuid primary key default gen_random_uuid(),
  name text not null
);
`;
const MEMBERS_SQL = `create table public.workspace_members (
  workspace_id uuid not null references public.workspaces (id),
  user_id uuid not null,
  primary key (workspace_id, user_id)
);
`;

async function migration(version: string, name: string, sql: string): Promise<ApplyMigration> {
  return { version, name, sha256: await sha256Hex(sql), sql };
}

async function applyBody(): Promise<Record<string, unknown>> {
  return {
    deploymentId: 'gh-9876543-1',
    repository: 'acme/saas-app',
    commit: COMMIT,
    allowOutOfOrder: false,
    migrations: [
      await migration('20240105090000', 'create_workspaces', WORKSPACES_SQL),
      await migration('20240105090100', 'create_workspace_members', MEMBERS_SQL),
    ],
  };
}

function errorsOf(result: { ok: true } | { ok: false; errors: string[] }): string[] {
  return result.ok ? [] : result.errors;
}

describe('validateApplyRequest', () => {
  it('accepts a well-formed apply body and defaults allowOutOfOrder to false', async () => {
    const body = await applyBody();
    delete body['allowOutOfOrder'];
    const result = validateApplyRequest(body);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.allowOutOfOrder).toBe(false);
    expect(result.value.migrations.map((m) => m.version)).toEqual([
      '20240105090000',
      '20240105090100',
    ]);
  });

  it('names every bad field by its path', async () => {
    const body = await applyBody();
    body['deploymentId'] = 'gh 1/2';
    body['repository'] = 'acme';
    body['commit'] = COMMIT.toUpperCase();
    body['allowOutOfOrder'] = 'no';
    const migrations = body['migrations'] as Record<string, unknown>[];
    migrations[0]!['version'] = '2024-01-05';
    migrations[1]!['sha256'] = 'ABC';
    migrations[1]!['name'] = 'nested/create_members';
    expect(errorsOf(validateApplyRequest(body))).toEqual([
      'deploymentId: expected 1 to 100 characters from A-Z a-z 0-9 . _ -, got "gh 1/2"',
      'repository: expected a GitHub repository as owner/name, got "acme"',
      `commit: expected 40 lowercase hex digits, got "${COMMIT.toUpperCase()}"`,
      'allowOutOfOrder: expected true or false, got string',
      'migrations[0].version: expected 1 to 32 ASCII digits (the part of the file name before the first _), got "2024-01-05"',
      'migrations[1].name: expected at most 200 bytes of UTF-8, without / \\, control characters or line separators (U+2028, U+2029), got "nested/create_members"',
      'migrations[1].sha256: expected 64 lowercase hex digits, got "ABC"',
    ]);
  });

  it('refuses unknown fields at the top level and inside migrations', async () => {
    const body = await applyBody();
    body['dryRun'] = true;
    const migrations = body['migrations'] as Record<string, unknown>[];
    migrations[1]!['checksum'] = 'x';
    migrations[1]!['odd key'] = 1;
    expect(errorsOf(validateApplyRequest(body))).toEqual([
      'dryRun: unknown field',
      'migrations[1].checksum: unknown field',
      'migrations[1]["odd key"]: unknown field',
    ]);
  });

  it('refuses prototype keys as unknown fields, and a string for a boolean', async () => {
    // JSON.parse makes "__proto__" an own key: it must be refused, never merged into the request.
    const text = JSON.stringify(await applyBody())
      .replace('{', '{"__proto__":{"allowOutOfOrder":true},')
      .replace('"allowOutOfOrder":false', '"allowOutOfOrder":"true"')
      .replace('"version":"20240105090100"', '"constructor":{},"version":"20240105090100"');
    const parsed = parseRequestJson(new TextEncoder().encode(text));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(errorsOf(validateApplyRequest(parsed.value))).toEqual([
      '__proto__: unknown field',
      'allowOutOfOrder: expected true or false, got string',
      'migrations[1].constructor: unknown field',
    ]);
    expect(({} as Record<string, unknown>)['allowOutOfOrder']).toBeUndefined();
  });

  it('reports missing fields and wrong types', () => {
    expect(errorsOf(validateApplyRequest({ migrations: [{ version: 20240105090000 }] }))).toEqual([
      'deploymentId: required',
      'repository: required',
      'commit: required',
      'migrations[0].version: expected a string, got number',
      'migrations[0].name: required',
      'migrations[0].sha256: required',
      'migrations[0].sql: required',
    ]);
    expect(errorsOf(validateApplyRequest([]))).toEqual(['body: expected an object, got an array']);
    expect(errorsOf(validateApplyRequest(null))).toEqual(['body: expected an object, got null']);
  });

  it('refuses an empty or non-array migration list', async () => {
    const body = await applyBody();
    body['migrations'] = [];
    expect(errorsOf(validateApplyRequest(body))).toEqual([
      'migrations: expected at least one migration',
    ]);
    body['migrations'] = { version: '1' };
    expect(errorsOf(validateApplyRequest(body))).toEqual([
      'migrations: expected an array, got an object',
    ]);
  });

  it('refuses migrations out of ascending order and duplicates', async () => {
    const body = await applyBody();
    const [first, second] = body['migrations'] as ApplyMigration[];
    body['migrations'] = [second, first];
    expect(errorsOf(validateApplyRequest(body))).toEqual([
      'migrations[1].version: 20240105090000 comes before migrations[0].version (20240105090100); send migrations in ascending version order',
    ]);
    body['migrations'] = [first, second, first];
    expect(errorsOf(validateApplyRequest(body))).toEqual([
      'migrations[2].version: 20240105090000 duplicates migrations[0].version',
    ]);
  });

  it('compares versions as text, the order the Supabase CLI applies files in', () => {
    expect(migrationOrderErrors([{ version: '20240101000000' }, { version: '9' }])).toEqual([]);
    expect(migrationOrderErrors([{ version: '9' }, { version: '10' }])).toHaveLength(1);
  });

  it('caps the number of errors a hostile body can produce', () => {
    const body: Record<string, unknown> = {};
    for (let i = 0; i < 500; i++) body[`field${i}`] = i;
    const errors = errorsOf(validateApplyRequest(body));
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)).toMatch(/^\.\.\. and \d+ more errors$/);
  });
});

describe('validateStatusRequest and validateHistoryRequest', () => {
  it('accepts their bodies', () => {
    expect(validateStatusRequest({ deploymentId: 'gh-9876543-1' })).toEqual({
      ok: true,
      value: { deploymentId: 'gh-9876543-1' },
    });
    expect(validateHistoryRequest({})).toEqual({ ok: true, value: {} });
  });

  it('refuses unknown fields and bad ids', () => {
    expect(errorsOf(validateStatusRequest({ deploymentId: '' }))).toEqual([
      'deploymentId: expected 1 to 100 characters from A-Z a-z 0-9 . _ -, got ""',
    ]);
    expect(errorsOf(validateStatusRequest({}))).toEqual(['deploymentId: required']);
    expect(errorsOf(validateHistoryRequest({ since: '20240101000000' }))).toEqual([
      'since: unknown field',
    ]);
    expect(errorsOf(validateHistoryRequest('{}'))).toEqual([
      'body: expected an object, got string',
    ]);
  });
});

describe('parseRequestJson', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('parses JSON and reports malformed, empty and non-UTF-8 bodies', () => {
    expect(parseRequestJson(encode('{"deploymentId":"a"}'))).toEqual({
      ok: true,
      value: { deploymentId: 'a' },
    });
    expect(errorsOf(parseRequestJson(encode('{"deploymentId":')))[0]).toMatch(
      /^body: not valid JSON/,
    );
    expect(errorsOf(parseRequestJson(encode('  ')))).toEqual([
      'body: empty; send a JSON object (`{}` when there are no fields)',
    ]);
    expect(errorsOf(parseRequestJson(new Uint8Array([0x7b, 0xff, 0x7d])))).toEqual([
      'body: not valid UTF-8',
    ]);
  });
});

describe('checkChecksums', () => {
  it('returns the migrations whose sql does not hash to their sha256', async () => {
    const good = await migration('20240105090000', 'create_workspaces', WORKSPACES_SQL);
    const changed = { ...(await migration('20240105090100', 'members', MEMBERS_SQL)) };
    changed.sql = `${MEMBERS_SQL}drop table public.workspaces;\n`;
    const mismatches = await checkChecksums([good, changed]);
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({
      index: 1,
      version: '20240105090100',
      expected: changed.sha256,
      actual: await sha256Hex(changed.sql),
    });
    expect(mismatches[0]?.message).toMatch(/^migrations\[1\]\.sha256: /);
    expect(await checkChecksums([good])).toEqual([]);
  });
});

describe('signRequest and verifySignature', () => {
  const secret = 'test-secret-8d1f0c2b7e4a';
  const body = '{"deploymentId":"gh-9876543-1"}';
  const rawBody = new TextEncoder().encode(body);
  const timestamp = 1_735_000_000;
  const at = (seconds: number) => new Date(seconds * 1000);

  async function signed(): Promise<Record<string, string>> {
    return { ...(await signRequest({ secret, body, requestId: 'req-00000001', timestamp })) };
  }

  it('round-trips, with Headers or a plain record', async () => {
    const headers = await signed();
    expect(headers[SIGNATURE_HEADER]).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(headers[TIMESTAMP_HEADER]).toBe(String(timestamp));
    const viaRecord = await verifySignature({ secret, headers, rawBody, now: at(timestamp) });
    expect(viaRecord).toEqual({ ok: true, requestId: 'req-00000001' });
    const viaHeaders = await verifySignature({
      secret,
      headers: new Headers(headers),
      rawBody,
      now: at(timestamp + 10),
    });
    expect(viaHeaders).toEqual({ ok: true, requestId: 'req-00000001' });
  });

  it('signs the exact HMAC-SHA256 the contract specifies', async () => {
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const mac = await crypto.subtle.sign(
      'HMAC',
      key,
      new TextEncoder().encode(`v1:${timestamp}:req-00000001:${body}`),
    );
    const hex = Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
    expect((await signed())[SIGNATURE_HEADER]).toBe(`v1=${hex}`);
  });

  it('generates a request id and the current timestamp by default', async () => {
    const headers = await signRequest({ secret, body: rawBody });
    expect(headers[REQUEST_ID_HEADER]).toMatch(/^[A-Za-z0-9._-]{8,100}$/);
    expect(await verifySignature({ secret, headers, rawBody })).toMatchObject({ ok: true });
  });

  it('refuses a tampered body, timestamp, request id or signature, and a wrong secret', async () => {
    const headers = await signed();
    const now = at(timestamp);
    const tampered = new TextEncoder().encode('{"deploymentId":"gh-9876543-2"}');
    const refusals = [
      await verifySignature({ secret, headers, rawBody: tampered, now }),
      await verifySignature({
        secret,
        headers: { ...headers, [TIMESTAMP_HEADER]: String(timestamp + 1) },
        rawBody,
        now,
      }),
      await verifySignature({
        secret,
        headers: { ...headers, [REQUEST_ID_HEADER]: 'req-00000002' },
        rawBody,
        now,
      }),
      await verifySignature({ secret: `${secret}x`, headers, rawBody, now }),
    ];
    for (const refusal of refusals) {
      expect(refusal).toEqual({
        ok: false,
        reason: 'signature does not match the body and headers',
      });
    }
    const flipped = headers[SIGNATURE_HEADER]!.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    expect(
      await verifySignature({
        secret,
        headers: { ...headers, [SIGNATURE_HEADER]: flipped },
        rawBody,
        now,
      }),
    ).toMatchObject({ ok: false });
  });

  it('refuses malformed and missing headers', async () => {
    const headers = await signed();
    const now = at(timestamp);
    const reasonWith = async (changes: Record<string, string | undefined>) => {
      const result = await verifySignature({
        secret,
        headers: { ...headers, ...changes },
        rawBody,
        now,
      });
      return result.ok ? 'accepted' : result.reason;
    };
    expect(await reasonWith({ [SIGNATURE_HEADER]: undefined })).toBe(
      `missing ${SIGNATURE_HEADER} header`,
    );
    expect(
      await reasonWith({ [SIGNATURE_HEADER]: headers[SIGNATURE_HEADER]!.toUpperCase() }),
    ).toMatch(/is not v1= followed by 64 lowercase hex digits$/);
    expect(await reasonWith({ [TIMESTAMP_HEADER]: '1735000000.5' })).toMatch(/not unix seconds/);
    expect(await reasonWith({ [REQUEST_ID_HEADER]: 'short' })).toMatch(/does not match/);
    expect(await verifySignature({ secret: '', headers, rawBody, now })).toEqual({
      ok: false,
      reason: 'no HMAC secret is configured',
    });
  });

  it('accepts 300 s of skew either way and refuses 301 s', async () => {
    const headers = await signed();
    const verifyAt = (seconds: number) =>
      verifySignature({ secret, headers, rawBody, now: at(seconds) });
    expect(await verifyAt(timestamp + 300)).toMatchObject({ ok: true });
    expect(await verifyAt(timestamp - 300)).toMatchObject({ ok: true });
    expect(await verifyAt(timestamp + 301)).toEqual({
      ok: false,
      reason: 'timestamp is 301 s old; at most 300 s allowed',
    });
    expect(await verifyAt(timestamp - 301)).toEqual({
      ok: false,
      reason: 'timestamp is 301 s in the future; at most 300 s allowed',
    });
  });

  it('refuses to sign with an empty secret or a malformed request id', async () => {
    await expect(signRequest({ secret: '', body })).rejects.toThrow(/empty secret/);
    await expect(signRequest({ secret, body, requestId: 'a b' })).rejects.toThrow(/must match/);
  });
});
