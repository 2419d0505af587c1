import { existsSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, runAction, stagingServerForFile } from './support/action-runner.ts';
import { TempProjects } from './support/cli-runner.ts';
import { FakeGitHubServer } from './support/fake-github-server.ts';
import { ForwardingProxy } from './support/forwarding-proxy.ts';
import { pullRequest, pullRequestProject } from './support/pull-request-project.ts';

// The bundled Action's GitHub calls honour the runner's proxy settings (HTTP_PROXY for http://,
// HTTPS_PROXY for https://, NO_PROXY), as @actions/github's client does on a self-hosted runner.

const projects = new TempProjects();
const MARKER = '<!-- migration-guard:supabase/migrations -->';

// What these tests are about is the GitHub side: the migrations run on one PostgreSQL server for
// the file (each run rolls back), not on an embedded database each run would start.
const { onServer } = stagingServerForFile();
const inputs = () => ({
  ...onServer(),
  'fail-on': 'never',
  'github-token': 'ghs_test',
  comment: 'true',
});

beforeAll(() => {
  if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `npm run bundle` first');
});
afterAll(() => projects.removeAll());

describe('the bundled Action behind a proxy', () => {
  it('sends every GitHub call, pagination included, through the proxy named in HTTP_PROXY / HTTPS_PROXY', async () => {
    const github = await FakeGitHubServer.start();
    const proxy = await ForwardingProxy.start();
    try {
      github.addComments(7, 120); // the comment listing spans pages: the Link URLs go through too
      const port = new URL(github.baseUrl).port;
      // A name only the proxy can reach: a direct call could not resolve it.
      const apiUrl = `http://api.github.test:${port}`;
      const { dir, baseSha } = pullRequestProject(projects);
      const run = await runAction(projects, dir, inputs(), pullRequest(baseSha), {
        GITHUB_API_URL: apiUrl,
        HTTP_PROXY: proxy.url,
        HTTPS_PROXY: proxy.url,
      });
      expect(run.code, run.stdout).toBe(0);
      const ours = (github.comments.get(7) ?? []).filter((c) => c.body.startsWith(MARKER));
      expect(ours).toHaveLength(1);
      expect(github.requests.length).toBeGreaterThan(1);
      expect(github.requests.some((r) => r.query['page'] === '2')).toBe(true);
      // Each request the GitHub server answered came through the proxy, for the runner's API root.
      expect(proxy.forwarded).toHaveLength(github.requests.length);
      for (const forwarded of proxy.forwarded)
        expect(forwarded.url.startsWith(`${apiUrl}/`)).toBe(true);
      expect(proxy.forwarded.map((f) => f.method)).toEqual(github.requests.map((r) => r.method));
    } finally {
      await proxy.close();
      await github.close();
    }
  });

  // @actions/http-client never proxies a loopback address written as one (localhost, 127.*,
  // [::1]), so NO_PROXY is shown on the machine's own host name instead: a name, not a loopback
  // literal, that the same local server answers on. Sent through the proxy without NO_PROXY,
  // sent directly with it.
  it('goes directly to a host listed in NO_PROXY, through the proxy otherwise', async (ctx) => {
    const name = hostname();
    const address = await lookup(name).then(
      (found) => found.address,
      () => undefined,
    );
    if (address === undefined) return ctx.skip(`the host name ${name} does not resolve here`);
    const github = await FakeGitHubServer.start(address);
    const proxy = await ForwardingProxy.start();
    try {
      github.addComments(7, 1);
      const apiUrl = `http://${name}:${new URL(github.baseUrl).port}`;
      const proxied = { GITHUB_API_URL: apiUrl, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url };

      const { dir, baseSha } = pullRequestProject(projects);
      const viaProxy = await runAction(projects, dir, inputs(), pullRequest(baseSha), proxied);
      expect(viaProxy.code, viaProxy.stdout).toBe(0);
      const first = github.requests.length;
      expect(first).toBeGreaterThan(0);
      expect(proxy.forwarded).toHaveLength(first);

      const direct = await runAction(projects, dir, inputs(), pullRequest(baseSha), {
        ...proxied,
        NO_PROXY: name,
      });
      expect(direct.code, direct.stdout).toBe(0);
      expect(github.requests.length).toBeGreaterThan(first);
      expect(proxy.forwarded).toHaveLength(first);
      expect((github.comments.get(7) ?? []).filter((c) => c.body.startsWith(MARKER))).toHaveLength(
        1,
      );
    } finally {
      await proxy.close();
      await github.close();
    }
  });
});
