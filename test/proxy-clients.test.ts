import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DeployFunctionClient } from '../src/action/deploy/function-client.ts';
import { createManagementApi } from '../src/supabase/management-api.ts';
import { ForwardingProxy } from './support/forwarding-proxy.ts';

// The Action's other two clients (the edge function's and the Supabase Management API's) honour
// the runner's proxy settings as its GitHub client does. Their hosts here do not resolve: a call
// that arrives went through the proxy.

let proxy: ForwardingProxy;
let server: Server;
const seen: string[] = [];

beforeAll(async () => {
  proxy = await ForwardingProxy.start();
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(req.url?.includes('/branches') ? '[]' : JSON.stringify({ migrations: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterEach(() => {
  delete process.env['HTTP_PROXY'];
  seen.length = 0;
  proxy.forwarded.length = 0;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await proxy.close();
});

const port = () => (server.address() as AddressInfo).port;

describe('through the proxy named in HTTP_PROXY', () => {
  it("the edge function's client", async () => {
    process.env['HTTP_PROXY'] = proxy.url;
    const client = new DeployFunctionClient(`http://functions.test:${port()}/functions/v1`, {
      kind: 'hmac',
      secret: 'test-secret',
    });
    const answer = await client.history(Date.now() + 30_000);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ migrations: [] });
    expect(proxy.forwarded.map((r) => `${r.method} ${r.url}`)).toEqual([
      `POST http://functions.test:${port()}/functions/v1/migration-guard/history`,
    ]);
    expect(seen).toHaveLength(1);
  });

  it('the Supabase Management API client', async () => {
    process.env['HTTP_PROXY'] = proxy.url;
    const api = createManagementApi({
      accessToken: 'sbp_test',
      baseUrl: `http://api.supabase.test:${port()}`,
    });
    await expect(api.listBranches('abcdefghijklmnopqrst')).resolves.toEqual([]);
    expect(proxy.forwarded.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET http://api.supabase.test:${port()}/v1/projects/abcdefghijklmnopqrst/branches`,
    ]);
  });

  it('without a proxy, the same clients go direct', async () => {
    const api = createManagementApi({
      accessToken: 'sbp_test',
      baseUrl: `http://127.0.0.1:${port()}`,
    });
    await expect(api.listBranches('abcdefghijklmnopqrst')).resolves.toEqual([]);
    expect(proxy.forwarded).toEqual([]);
    expect(seen).toEqual(['GET /v1/projects/abcdefghijklmnopqrst/branches']);
  });
});
