import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A server the test started: its base URL and how to stop it (process group killed, folder removed). */
export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** A port free on 127.0.0.1 now: the kernel's pick for port 0, released for the server to take. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

/**
 * Starts `binary` in its own process group and waits until `GET <url>/-/ready` answers 200. A missing
 * binary fails with what to install (CI installs the Debian packages), never a skip.
 */
async function startServer(binary: string, debianPackage: string, args: string[], port: number, scratch: string): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(binary, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));

  const stop = async () => {
    await killGroup(child, exited);
    rmSync(scratch, { recursive: true, force: true });
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    const early = await Promise.race([spawnError.then((error) => ({ error })), exited.then((code) => ({ code })), sleep(100).then(() => undefined)]);
    if (early && 'error' in early) {
      rmSync(scratch, { recursive: true, force: true });
      const missing = (early.error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new Error(missing ? `${binary} is not installed: apt-get install ${debianPackage} (CI installs it in .ci/run)` : `${binary} could not start: ${early.error.message}`);
    }
    if (early && 'code' in early) {
      rmSync(scratch, { recursive: true, force: true });
      throw new Error(`${binary} exited with ${early.code} before it was ready:\n${output}`);
    }
    const ready = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) })
      .then(async (response) => {
        await response.arrayBuffer();
        return response.status === 200;
      })
      .catch(() => false);
    if (ready) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${binary} was not ready at ${url} within 30 s:\n${output}`);
    }
  }
}

/** SIGTERM to the process group, SIGKILL after 5 s, and wait for the exit either way. */
async function killGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* the group is gone already */
    }
  };
  signalGroup('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!done) {
    signalGroup('SIGKILL');
    await exited;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Starts Debian's `prometheus` on a free loopback port, scraping `targets` (`host:port` of `/metrics`
 * endpoints) every second, with its storage in a temporary folder removed on stop.
 */
export async function startPrometheus(targets: string[]): Promise<RunningServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'modelgate-prom-'));
  const config = join(scratch, 'prom.yml');
  writeFileSync(
    config,
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'scrape_configs:',
      '  - job_name: test',
      '    scrape_timeout: 1s',
      '    static_configs:',
      `      - targets: ${JSON.stringify(targets)}`,
      '',
    ].join('\n'),
  );
  const port = await freePort();
  return startServer(
    'prometheus',
    'prometheus',
    [`--config.file=${config}`, `--storage.tsdb.path=${join(scratch, 'data')}`, `--web.listen-address=127.0.0.1:${port}`],
    port,
    scratch,
  );
}

/** Starts Debian's `prometheus-pushgateway` on a free loopback port, persisting only to its scratch folder. */
export async function startPushgateway(): Promise<RunningServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'modelgate-pushgw-'));
  const port = await freePort();
  // Debian's build persists to /var/lib/prometheus/pushgateway.data by default, which would share series
  // between runs and test files: each instance gets its own file in its scratch folder.
  return startServer(
    'prometheus-pushgateway',
    'prometheus-pushgateway',
    [`--web.listen-address=127.0.0.1:${port}`, `--persistence.file=${join(scratch, 'pushgateway.data')}`],
    port,
    scratch,
  );
}
