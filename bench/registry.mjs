// Debian's docker-registry (Distribution 2.8) on a free loopback port, for the benches: its own config
// and storage under `dir`, in its own process group, stopped by PID.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer, get } from 'node:http';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const status = (url) =>
  new Promise((resolve) => {
    const req = get(url, (res) => (res.resume(), resolve(res.statusCode)));
    req.on('error', () => resolve(0));
  });

/** Starts the registry and waits until `GET /v2/` answers 200; `bench` names the caller in errors. */
export async function startRegistry(dir, bench) {
  const port = await freePort();
  const config = join(dir, 'config.yml');
  await writeFile(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:${port}\n`,
  );
  const child = spawn('docker-registry', ['serve', config], { detached: true, stdio: 'ignore' });
  child.on('error', (error) => {
    console.error(`${bench}: cannot start docker-registry (${error.message}); apt-get install docker-registry`);
    process.exit(1);
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // already gone
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  };
  let up = false;
  for (let i = 0; i < 300 && !(up = (await status(`http://127.0.0.1:${port}/v2/`)) === 200); i++) await new Promise((r) => setTimeout(r, 50));
  if (!up) {
    await stop();
    throw new Error(`${bench}: docker-registry did not answer on 127.0.0.1:${port}`);
  }
  return { port, stop };
}
