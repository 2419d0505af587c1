import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, chown, mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A throwaway PostgreSQL cluster from the machine's own binaries (Debian `postgresql-15`),
 * for tests against the real server: a copy of one initdb'd data dir in a temp dir, trust auth,
 * 127.0.0.1 on a free port, the unix socket inside the temp dir, durability off (the data is
 * thrown away).
 *
 * Running as root (as here and in CI): initdb and postgres refuse to run as root, so every
 * server command runs as an unprivileged OS user through `runuser -u <user> --`: the
 * `postgres` user the Debian package creates, else `nobody`. The temp dir is chowned to that
 * user. As any other user, the commands run directly.
 *
 * Override the binaries with `PG_BIN_DIR` (default /usr/lib/postgresql/15/bin).
 */

const run = promisify(execFile);

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust auth, no password). */
  url: string;
  port: number;
  /** How long initdb + start took. */
  startMs: number;
  /**
   * Stop the server (every session ends) and start it again on the same data dir and port;
   * resolves once it accepts connections again. `downMs` keeps it down that long in between
   * (connections are refused meanwhile); `mode` is pg_ctl's shutdown mode, default `fast`
   * (sessions are terminated, open transactions roll back), `immediate` is a crash.
   */
  restart(options?: { downMs?: number; mode?: 'fast' | 'immediate' }): Promise<void>;
  /** Stop the server and delete its files. Safe to call twice. */
  stop(): Promise<void>;
}

const binDir = process.env['PG_BIN_DIR'] ?? '/usr/lib/postgresql/15/bin';
const commandTimeoutMs = 60_000;
const startTimeoutSeconds = 30;

interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

async function lookupUser(name: string): Promise<OsUser | undefined> {
  try {
    const uid = Number((await run('id', ['-u', name])).stdout.trim());
    const gid = Number((await run('id', ['-g', name])).stdout.trim());
    return { name, uid, gid };
  } catch {
    return undefined;
  }
}

/** The user the server runs as, or undefined to run as ourselves (not root). */
async function serverUser(): Promise<OsUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const user = (await lookupUser('postgres')) ?? (await lookupUser('nobody'));
  if (!user) {
    throw new Error(
      'running as root and neither a postgres nor a nobody user exists to run initdb',
    );
  }
  return user;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function asUser(user: OsUser | undefined, command: string, args: string[]): [string, string[]] {
  const path = join(binDir, command);
  return user ? ['runuser', ['-u', user.name, '--', path, ...args]] : [path, args];
}

async function logTail(logFile: string): Promise<string> {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  return text.split('\n').slice(-15).join('\n');
}

export interface PgClusterOptions {
  /**
   * Serve TLS with a throwaway self-signed certificate (made with openssl), for URLs that say
   * `sslmode=require` as Supabase's do. Plain connections are still accepted.
   */
  ssl?: boolean;
}

/** A self-signed certificate and key in `dir`, readable only by the server's user. */
async function makeCertificate(dir: string, user: OsUser | undefined): Promise<string[]> {
  const cert = join(dir, 'server.crt');
  const key = join(dir, 'server.key');
  await run(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { cwd: dir, timeout: commandTimeoutMs },
  );
  await chmod(key, 0o600);
  if (user) {
    await chown(cert, user.uid, user.gid);
    await chown(key, user.uid, user.gid);
  }
  return ['-c ssl=on', `-c ssl_cert_file=${cert}`, `-c ssl_key_file=${key}`];
}

// 1 MB WAL segments, not 16 MB: the data dir every cluster copies is 28 MB instead of 39 MB
// (the segment in use is most of it). No test depends on the segment size.
const initdbArgs = '-U postgres -A trust -E UTF8 --locale=C --no-sync --wal-segsize=1'.split(' ');

/**
 * A data directory initdb made once, which every cluster copies (`cp -a` costs a quarter of
 * initdb's CPU; the suite starts about 40 clusters). Kept under the temp dir (`.ci/run` gives
 * each run its own), keyed by the initdb binary and its arguments. Made in a private dir and
 * renamed into place, so test files starting side by side never see half a template: the first
 * rename wins and the others' copies are dropped.
 */
async function templateDataDir(
  user: OsUser | undefined,
  exec: (command: string, args: string[]) => Promise<unknown>,
): Promise<string> {
  const binary = await stat(join(binDir, 'initdb'));
  const key = createHash('sha256')
    .update(JSON.stringify([binDir, binary.size, binary.mtimeMs, initdbArgs, user?.name]))
    .digest('hex')
    .slice(0, 16);
  const template = join(tmpdir(), `migration-guard-pg-template-${key}`);
  if (await isDataDir(template)) return template;
  const scratch = await mkdtemp(join(tmpdir(), 'migration-guard-pg-template-'));
  try {
    if (user) await chown(scratch, user.uid, user.gid);
    await exec('initdb', ['-D', join(scratch, 'data'), ...initdbArgs]);
    await rename(join(scratch, 'data'), template).catch(async (error: unknown) => {
      // Another file's template got there first: use that one.
      if (!(await isDataDir(template))) throw error;
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return template;
}

async function isDataDir(dir: string): Promise<boolean> {
  return stat(join(dir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
}

export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
  const started = performance.now();
  const user = await serverUser();
  const root = await mkdtemp(join(tmpdir(), 'migration-guard-pg-'));
  const dataDir = join(root, 'data');
  const socketDir = join(root, 'socket');
  const logFile = join(root, 'server.log');
  await mkdir(socketDir);
  if (user) {
    await chown(root, user.uid, user.gid);
    await chown(socketDir, user.uid, user.gid);
  }
  const exec = (command: string, args: string[]) => {
    const [file, argv] = asUser(user, command, args);
    return run(file, argv, { cwd: root, timeout: commandTimeoutMs });
  };

  let running = false;
  const stop = async (): Promise<void> => {
    if (running) {
      running = false;
      // Immediate: nothing here needs a clean shutdown checkpoint.
      await exec('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']).catch(() => undefined);
    }
    await rm(root, { recursive: true, force: true });
  };

  try {
    const sslOptions = options.ssl ? await makeCertificate(root, user) : [];
    // Owner and modes (0700) come with the copy.
    await run('cp', ['-a', await templateDataDir(user, exec), dataDir], {
      timeout: commandTimeoutMs,
    });
    // A port found free can be taken before the server binds it: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const serverOptions = [
        ...sslOptions,
        `-p ${port}`,
        '-c listen_addresses=127.0.0.1',
        `-c unix_socket_directories=${socketDir}`,
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
      ].join(' ');
      try {
        // -w waits until the server accepts connections, bounded by -t.
        await exec('pg_ctl', [
          'start',
          '-D',
          dataDir,
          '-l',
          logFile,
          '-o',
          serverOptions,
          '-w',
          '-t',
          String(startTimeoutSeconds),
        ]);
      } catch (error) {
        if (attempt < 3) continue;
        throw error;
      }
      running = true;
      await exec('pg_isready', ['-h', '127.0.0.1', '-p', String(port), '-t', '10']);
      const restart: PgCluster['restart'] = async ({ downMs = 0, mode = 'fast' } = {}) => {
        if (!running) throw new Error('the cluster is not running');
        await exec('pg_ctl', ['stop', '-D', dataDir, '-m', mode, '-w']);
        running = false;
        if (downMs > 0) await new Promise((done) => setTimeout(done, downMs));
        const args = ['start', '-D', dataDir, '-l', logFile, '-o', serverOptions, '-w'];
        // Set first: should the start fail half-way, stop() still stops what did start.
        running = true;
        try {
          await exec('pg_ctl', [...args, '-t', String(startTimeoutSeconds)]);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(`could not restart the cluster: ${reason}\n${await logTail(logFile)}`);
        }
        await exec('pg_isready', ['-h', '127.0.0.1', '-p', String(port), '-t', '10']);
      };
      return {
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        port,
        startMs: performance.now() - started,
        restart,
        stop,
      };
    }
  } catch (error) {
    const tail = await logTail(logFile);
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`could not start a PostgreSQL cluster from ${binDir}: ${reason}\n${tail}`);
  }
}
