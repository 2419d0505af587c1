/**
 * A throwaway PgBouncer in transaction mode in front of a test cluster, as Supavisor's port 6543
 * is in front of a Supabase database: every transaction may run on another server session.
 * Debian's `pgbouncer` binary (PGBOUNCER_BIN overrides /usr/sbin/pgbouncer); as root it drops to
 * the `postgres` user (else `nobody`) with `-u`. `stop()` kills the process and deletes its files.
 */

export interface PgBouncer {
  /** postgres://postgres@127.0.0.1:<port>/<database> for a database of the cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const binary = Deno.env.get('PGBOUNCER_BIN') ?? '/usr/sbin/pgbouncer';

export async function pgbouncerAvailable(): Promise<boolean> {
  try {
    return (await Deno.stat(binary)).isFile;
  } catch {
    return false;
  }
}

function freePort(): number {
  const listener = Deno.listen({ hostname: '127.0.0.1', port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

async function runAs(): Promise<string | undefined> {
  if (Deno.uid() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const result = await new Deno.Command('id', {
      args: ['-u', name],
      stdout: 'null',
      stderr: 'null',
    })
      .output()
      .catch(() => undefined);
    if (result?.success) return name;
  }
  throw new Error('running as root and neither a postgres nor a nobody user exists');
}

async function portOpen(port: number): Promise<boolean> {
  try {
    const conn = await Deno.connect({ hostname: '127.0.0.1', port });
    conn.close();
    return true;
  } catch {
    return false;
  }
}

export async function startPgBouncer(serverPort: number): Promise<PgBouncer> {
  const root = await Deno.makeTempDir({ prefix: 'migration-guard-deno-pgbouncer-' });
  const user = await runAs();
  if (user) await Deno.chmod(root, 0o777);
  // A port found free can be taken (by a test running in parallel) before PgBouncer binds it:
  // PgBouncer then exits, and another port is tried.
  let log = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const started = await startOn(root, user, serverPort, freePort());
    if (started.bouncer) return started.bouncer;
    log = started.log;
  }
  await Deno.remove(root, { recursive: true }).catch(() => undefined);
  throw new Error(`pgbouncer did not start: ${log.slice(-2000)}`);
}

async function startOn(
  root: string,
  user: string | undefined,
  serverPort: number,
  port: number,
): Promise<{ bouncer?: PgBouncer; log: string }> {
  const ini = `${root}/pgbouncer.ini`;
  const logFile = `${root}/pgbouncer-${port}.log`;
  await Deno.writeTextFile(
    ini,
    [
      '[databases]',
      `* = host=127.0.0.1 port=${serverPort} user=postgres`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = any',
      'pool_mode = transaction',
      'max_client_conn = 500',
      'default_pool_size = 4',
      'ignore_startup_parameters = extra_float_digits,options',
      `logfile = ${logFile}`,
      '',
    ].join('\n'),
  );
  await Deno.chmod(ini, 0o644);
  const child = new Deno.Command(binary, {
    args: [...(user ? ['-u', user] : []), ini],
    stdout: 'null',
    stderr: 'piped',
  }).spawn();
  let exited = false;
  child.status.then(() => {
    exited = true;
  });
  const kill = async () => {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
    await child.status;
    await child.stderr.cancel().catch(() => undefined);
  };
  const stop = async () => {
    await kill();
    await Deno.remove(root, { recursive: true }).catch(() => undefined);
  };
  const readLog = () => Deno.readTextFile(logFile).catch(() => '');
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !exited) {
    // "process up" follows "listening on": every listener is bound, by this PgBouncer.
    if ((await readLog()).includes('process up') && !exited && (await portOpen(port))) {
      return {
        bouncer: {
          urlFor: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
          stop,
        },
        log: '',
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const log = await readLog();
  await kill();
  return { log };
}
