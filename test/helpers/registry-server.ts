import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, get } from 'node:http';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real OCI registry (Debian's docker-registry, Distribution 2.8) on loopback. */
export interface RunningRegistry {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `127.0.0.1:<port>`, for `oci://` URIs and skopeo. */
  host: string;
  port: number;
  /** Its storage folder. */
  dir: string;
  /** SIGKILLs its process group (no clean shutdown, as a crash or an OOM kill) and waits until it is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port, config and storage (after {@link kill}); waits until it answers. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Options of {@link startRegistry}. */
export interface RegistryOptions {
  /**
   * Its `http.secret`, which signs upload-session state: with one, a restarted registry still knows the
   * sessions of the one before; without, each start draws a random secret and forgets them.
   */
  secret?: string;
}

/** A free loopback port: bound once to port 0 and released. */
export async function freePort(): Promise<number> {
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(1000, () => req.destroy());
  });
}

/**
 * Starts `docker-registry serve` with its own config in a temp folder, detached in its own process group,
 * and waits until `GET /v2/` answers 200. A missing binary is an error, never a skip: CI installs it.
 */
export async function startRegistry(options: RegistryOptions = {}): Promise<RunningRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-registry-'));
  const port = await freePort();
  const config = join(dir, 'config.yml');
  await writeFile(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: 127.0.0.1:${port}`,
      ...(options.secret === undefined ? [] : [`  secret: ${JSON.stringify(options.secret)}`]),
      '',
    ].join('\n'),
  );
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const signal = async (name: NodeJS.Signals, graceMs: number) => {
    const running = child;
    if (running?.pid === undefined || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    try {
      process.kill(-running.pid, name);
    } catch {
      /* already gone */
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))]);
  };
  const launch = async () => {
    const started: ChildProcess = spawn('docker-registry', ['serve', config], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    child = started;
    let stderr = '';
    started.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
    const spawnError = new Promise<Error>((resolve) => started.once('error', resolve));
    const deadline = Date.now() + 15_000;
    for (;;) {
      const failed = await Promise.race([spawnError, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 50))]);
      if (failed) {
        const missing = (failed as NodeJS.ErrnoException).code === 'ENOENT';
        throw new Error(
          missing
            ? 'docker-registry is not installed (apt-get install docker-registry; CI installs it): the registry tests need it'
            : `docker-registry did not start: ${failed.message}`,
        );
      }
      if (started.exitCode !== null) throw new Error(`docker-registry exited with ${started.exitCode}: ${stderr}`);
      if ((await httpStatus(`${url}/v2/`)) === 200) return;
      if (Date.now() > deadline) {
        await signal('SIGKILL', 3000);
        throw new Error(`docker-registry did not answer on ${url}/v2/ within 15 s: ${stderr}`);
      }
    }
  };
  const stop = async () => {
    await signal('SIGTERM', 3000);
    await signal('SIGKILL', 3000);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    host: `127.0.0.1:${port}`,
    port,
    dir,
    kill: () => signal('SIGKILL', 5000),
    restart: async () => {
      await signal('SIGKILL', 5000);
      await launch();
    },
    stop,
  };
}

/** A loopback TCP proxy that counts client→server bytes and can cut a connection once, mid-stream. */
export interface TcpProxy {
  host: string;
  port: number;
  /** Bytes sent by clients since the start (or the last {@link reset}). */
  bytesUp(): number;
  reset(): void;
  /** Arms one cut: the connection carrying the byte `bytes` from now is closed right there. */
  cutAfter(bytes: number): void;
  /** How many cuts happened. */
  cuts(): number;
  /**
   * Arms a hold: client bytes flow on until `afterBytes` more have passed (with `marker`, on up to where
   * it next appears, e.g. `PATCH ` for the start of the next chunk request); from there nothing more
   * reaches the server, on any connection, until {@link release}. Resolves once the hold is in place, so
   * a test can kill the server while bytes are in flight, knowing exactly what it received.
   */
  holdAt(options: { afterBytes: number; marker?: string }): Promise<void>;
  /** Ends a hold; connections it held back are closed (what they sent was dropped). */
  release(): void;
  stop(): Promise<void>;
}

/** Starts a {@link TcpProxy} in front of `127.0.0.1:<targetPort>`. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let up = 0;
  let cutAt: number | undefined;
  let cutCount = 0;
  let hold: { at: number; marker?: Buffer; engaged: boolean; engage: () => void } | undefined;
  const held = new Set<() => void>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('data', (chunk: Buffer) => {
      if (hold?.engaged) {
        client.pause();
        held.add(close);
        return;
      }
      if (hold && up + chunk.length > hold.at) {
        const from = Math.max(0, hold.at - up);
        const index = hold.marker ? chunk.indexOf(hold.marker, from) : from;
        if (index !== -1) {
          upstream.write(chunk.subarray(0, index));
          up += index;
          client.pause();
          held.add(close);
          hold.engaged = true;
          hold.engage();
          return;
        }
      }
      if (cutAt !== undefined && up + chunk.length >= cutAt) {
        const keep = Math.max(0, cutAt - up);
        up += keep;
        cutAt = undefined;
        cutCount++;
        upstream.write(chunk.subarray(0, keep), close);
        return;
      }
      up += chunk.length;
      if (!upstream.write(chunk)) client.pause();
    });
    upstream.on('drain', () => client.resume());
    upstream.pipe(client);
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    port,
    bytesUp: () => up,
    reset: () => {
      up = 0;
    },
    cutAfter: (bytes) => {
      cutAt = up + bytes;
    },
    cuts: () => cutCount,
    holdAt: ({ afterBytes, marker }) =>
      new Promise<void>((engage) => {
        hold = { at: up + afterBytes, marker: marker === undefined ? undefined : Buffer.from(marker), engaged: false, engage };
      }),
    release: () => {
      hold = undefined;
      for (const close of held) close();
      held.clear();
    },
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
