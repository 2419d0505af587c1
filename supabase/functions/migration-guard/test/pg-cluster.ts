/**
 * A throwaway PostgreSQL 15 cluster for the function's Deno tests: the Deno twin of
 * test/support/pg-cluster.ts (same steps, Deno APIs, so the suite needs no Node type
 * definitions). A copy of one initdb'd data dir in a temp dir, trust auth, 127.0.0.1 on a free
 * port, durability off.
 * As root, server commands run as the `postgres` user (else `nobody`) through `runuser`.
 * Override the binaries with `PG_BIN_DIR` (default /usr/lib/postgresql/15/bin).
 */

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust auth, no password). */
  url: string;
  port: number;
  /** Stop the server and delete its files. Safe to call twice. */
  stop(): Promise<void>;
}

const binDir = Deno.env.get('PG_BIN_DIR') ?? '/usr/lib/postgresql/15/bin';

interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

async function output(command: string, args: string[]): Promise<string> {
  const result = await new Deno.Command(command, {
    args,
    stdout: 'piped',
    stderr: 'piped',
  }).output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  if (!result.success) {
    throw new Error(`${command} ${args.join(' ')} failed: ${decode(result.stderr).trim()}`);
  }
  return decode(result.stdout);
}

async function lookupUser(name: string): Promise<OsUser | undefined> {
  try {
    const uid = Number((await output('id', ['-u', name])).trim());
    const gid = Number((await output('id', ['-g', name])).trim());
    return { name, uid, gid };
  } catch {
    return undefined;
  }
}

async function serverUser(): Promise<OsUser | undefined> {
  if (Deno.uid() !== 0) return undefined;
  const user = (await lookupUser('postgres')) ?? (await lookupUser('nobody'));
  if (!user) throw new Error('running as root and neither a postgres nor a nobody user exists');
  return user;
}

function freePort(): number {
  const listener = Deno.listen({ hostname: '127.0.0.1', port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

// 1 MB WAL segments, as test/support/pg-cluster.ts says.
const initdbArgs = '-U postgres -A trust -E UTF8 --locale=C --no-sync --wal-segsize=1'.split(' ');

/**
 * A data directory initdb made once, which every cluster copies (`cp -a`: a fraction of
 * initdb's 1-1.5 s of CPU, for each of the suite's clusters). Kept under the temp dir (`.ci/run`
 * gives each run its own), keyed by the initdb binary and its arguments. Made in a private dir
 * and renamed into place, so tests starting side by side never see half a template: the first
 * rename wins and the others' copies are dropped.
 */
async function templateDataDir(
  user: OsUser | undefined,
  server: (command: string, args: string[]) => Promise<string>,
): Promise<string> {
  const binary = await Deno.stat(`${binDir}/initdb`);
  const material = JSON.stringify([
    binDir,
    binary.size,
    binary.mtime?.getTime(),
    initdbArgs,
    user?.name,
  ]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(material));
  const key = [...new Uint8Array(digest).slice(0, 8)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  const tmp = Deno.env.get('TMPDIR') ?? '/tmp';
  const template = `${tmp}/migration-guard-deno-pg-template-${key}`;
  if (await isDataDir(template)) return template;
  const scratch = await Deno.makeTempDir({ prefix: 'migration-guard-deno-pg-template-' });
  try {
    if (user) await Deno.chown(scratch, user.uid, user.gid);
    await server('initdb', ['-D', `${scratch}/data`, ...initdbArgs]);
    try {
      await Deno.rename(`${scratch}/data`, template);
    } catch (error) {
      // Another test's template got there first: use that one.
      if (!(await isDataDir(template))) throw error;
    }
  } finally {
    await Deno.remove(scratch, { recursive: true }).catch(() => undefined);
  }
  return template;
}

async function isDataDir(dir: string): Promise<boolean> {
  return Deno.stat(`${dir}/PG_VERSION`).then(
    () => true,
    () => false,
  );
}

export async function startPgCluster(): Promise<PgCluster> {
  const user = await serverUser();
  const root = await Deno.makeTempDir({ prefix: 'migration-guard-deno-pg-' });
  const dataDir = `${root}/data`;
  const socketDir = `${root}/socket`;
  const logFile = `${root}/server.log`;
  await Deno.mkdir(socketDir);
  if (user) {
    await Deno.chown(root, user.uid, user.gid);
    await Deno.chown(socketDir, user.uid, user.gid);
  }
  const server = (command: string, args: string[]) =>
    user
      ? output('runuser', ['-u', user.name, '--', `${binDir}/${command}`, ...args])
      : output(`${binDir}/${command}`, args);

  let running = false;
  // A module that dies of an uncaught error never reaches its `finally`: its cluster would
  // outlive the run. Deno still dispatches `unload` then, where only synchronous work runs.
  const stopAtUnload = (): void => {
    if (running) {
      running = false;
      const stopArgs = ['stop', '-D', dataDir, '-m', 'immediate', '-w'];
      const [command, args] = user
        ? ['runuser', ['-u', user.name, '--', `${binDir}/pg_ctl`, ...stopArgs]]
        : [`${binDir}/pg_ctl`, stopArgs];
      try {
        new Deno.Command(command, { args, stdout: 'null', stderr: 'null' }).outputSync();
      } catch {
        // Nothing more can be done while the worker unloads.
      }
    }
    try {
      Deno.removeSync(root, { recursive: true });
    } catch {
      // Already removed.
    }
  };
  globalThis.addEventListener('unload', stopAtUnload);
  const stop = async (): Promise<void> => {
    globalThis.removeEventListener('unload', stopAtUnload);
    if (running) {
      running = false;
      await server('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']).catch(() => '');
    }
    await Deno.remove(root, { recursive: true }).catch(() => undefined);
  };

  try {
    // Owner and modes (0700) come with the copy.
    await output('cp', ['-a', await templateDataDir(user, server), dataDir]);
    for (let attempt = 1; ; attempt++) {
      const port = freePort();
      const options = [
        `-p ${port}`,
        '-c listen_addresses=127.0.0.1',
        `-c unix_socket_directories=${socketDir}`,
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
      ].join(' ');
      try {
        await server('pg_ctl', [
          'start',
          '-D',
          dataDir,
          '-l',
          logFile,
          '-o',
          options,
          '-w',
          '-t',
          '30',
        ]);
      } catch (error) {
        if (attempt < 3) continue;
        throw error;
      }
      running = true;
      return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
    }
  } catch (error) {
    const log = await Deno.readTextFile(logFile).catch(() => '');
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`could not start PostgreSQL from ${binDir}: ${reason}\n${log.slice(-2000)}`);
  }
}
