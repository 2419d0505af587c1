import {
  createServer,
  type IncomingMessage,
  request as httpRequest,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/** One request the proxy forwarded: its method and absolute URL as the client sent it. */
export interface ForwardedRequest {
  method: string;
  url: string;
}

/**
 * An HTTP proxy for plain `http://` servers (what HTTP_PROXY names) that records every request it
 * carries and forwards it to 127.0.0.1 on the target's port. It takes requests in absolute form
 * (`GET http://api.github.test:1234/user`) and CONNECT tunnels (what undici's ProxyAgent, used by
 * @actions/http-client, opens even for http:// targets): a tunnel is not piped blindly but read
 * as HTTP, so each request inside it is recorded too. The server is sent the absolute URL, so it
 * sees the name the client used. Host names need not resolve: only the proxy connects.
 */
export class ForwardingProxy {
  readonly forwarded: ForwardedRequest[] = [];
  /** CONNECT requests, as `host:port`. */
  readonly tunnels: string[] = [];
  /** Reads the HTTP inside CONNECT tunnels. */
  private readonly tunnelled = createServer((req, res) => {
    const host = req.headers.host ?? '';
    this.forward(new URL(`http://${host}${req.url ?? '/'}`), req, res);
  });
  private readonly server = createServer((req, res) => {
    const target = URL.canParse(req.url ?? '') ? new URL(req.url ?? '') : undefined;
    if (target === undefined || target.protocol !== 'http:') {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('this proxy forwards absolute http:// URLs only');
      return;
    }
    this.forward(target, req, res);
  });

  private forward(target: URL, req: IncomingMessage, res: ServerResponse): void {
    this.forwarded.push({ method: req.method ?? 'GET', url: target.toString() });
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(target.port || 80),
        method: req.method,
        path: target.toString(),
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
    req.pipe(upstream);
  }

  private constructor() {
    this.server.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.tunnels.push(req.url ?? '');
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) socket.unshift(head);
      this.tunnelled.emit('connection', socket);
    });
  }

  static async start(): Promise<ForwardingProxy> {
    const proxy = new ForwardingProxy();
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    this.tunnelled.closeAllConnections();
    return new Promise((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }
}
