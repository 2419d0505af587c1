import {
  createPrivateKey,
  generateKeyPairSync,
  type KeyObject,
  randomUUID,
  sign,
} from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for GitHub Actions' OIDC provider: the runner's ID-token route
 * (ACTIONS_ID_TOKEN_REQUEST_URL, answering `{ value: <jwt> }` for `&audience=`) and the issuer's
 * JWKS at `/.well-known/jwks`. Tokens are RS256 with GitHub's claim names.
 */
export class FakeOidcIssuer {
  readonly requestToken = 'runner-request-token';
  private readonly privateKey: KeyObject;
  private readonly publicJwk: Record<string, unknown>;
  private readonly kid = randomUUID();
  private readonly server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname === '/.well-known/jwks') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ keys: [{ ...this.publicJwk, kid: this.kid, alg: 'RS256', use: 'sig' }] }),
      );
      return;
    }
    if (url.pathname === '/token' && req.headers.authorization === `Bearer ${this.requestToken}`) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ value: this.token(url.searchParams.get('audience') ?? '') }));
      return;
    }
    res.writeHead(404).end();
  });

  private constructor(readonly claims: Record<string, unknown>) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }));
    this.publicJwk = publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
  }

  static async start(claims: Record<string, unknown>): Promise<FakeOidcIssuer> {
    const issuer = new FakeOidcIssuer(claims);
    await new Promise<void>((done) => issuer.server.listen(0, '127.0.0.1', done));
    return issuer;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** What the runner sets so that core.getIDToken asks this server. */
  get runnerEnv(): Record<string, string> {
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${this.url}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.requestToken,
    };
  }

  token(audience: string): string {
    const now = Math.floor(Date.now() / 1000);
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const header = encode({ alg: 'RS256', typ: 'JWT', kid: this.kid });
    const payload = encode({
      iss: this.url,
      aud: audience,
      iat: now,
      nbf: now - 5,
      exp: now + 300,
      jti: randomUUID(),
      ...this.claims,
    });
    const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), this.privateKey);
    return `${header}.${payload}.${signature.toString('base64url')}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((done) => this.server.close(() => done()));
  }
}
