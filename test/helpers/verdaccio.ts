import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runServer } from 'verdaccio';

/**
 * A real npm registry (Verdaccio 6, in this process) on loopback. It has no uplinks: a package that was
 * not published to it answers 404, nothing is ever fetched from registry.npmjs.org.
 */
export interface LocalNpmRegistry {
  /** `http://127.0.0.1:<port>/`, with the trailing slash npm writes in its config. */
  url: string;
  /** An auth token of a user who may publish, issued by the registry's own `npm adduser` endpoint. */
  token: string;
  /** Writes `<dir>/.npmrc` with `registry=<url>` and `//127.0.0.1:<port>/:_authToken=<token>`; returns its path. */
  npmrc(dir: string): string;
  /** Closes the server and every open connection; removes the helper's scratch folder (not `storageDir`). */
  stop(): Promise<void>;
}

export interface NpmResult {
  code: number;
  stdout: string;
  stderr: string;
}

const USER = 'modelgate-ci';

/** Scratch folders (user config, npm cache) per registry, for {@link runNpm}; removed by `stop()`. */
const scratchOf = new WeakMap<LocalNpmRegistry, string>();

/**
 * Starts Verdaccio with its storage in `storageDir` (which the caller owns and removes), htpasswd auth,
 * no uplinks, no web UI, logs at `fatal`, on 127.0.0.1 and a port the kernel picks. A user is created
 * through `PUT /-/user/org.couchdb.user:<name>` (what `npm adduser` sends), so {@link LocalNpmRegistry.token}
 * is a token the registry itself issued.
 */
export async function startVerdaccio(storageDir: string): Promise<LocalNpmRegistry> {
  mkdirSync(storageDir, { recursive: true });
  const allowAuthenticated = { access: '$all', publish: '$authenticated', unpublish: '$authenticated' };
  // Written out in full: Verdaccio's built-in default proxies every package to npmjs and enables the audit
  // middleware (which also proxies). Neither may appear here.
  const server: Server = await runServer({
    self_path: join(storageDir, 'config.yaml'),
    storage: storageDir,
    auth: { htpasswd: { file: join(storageDir, 'htpasswd'), max_users: 10 } },
    uplinks: {},
    packages: { '@*/*': allowAuthenticated, '**': allowAuthenticated },
    web: { enable: false },
    max_body_size: '200mb',
    log: { type: 'stdout', format: 'pretty', level: 'fatal' },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  const scratch = mkdtempSync(join(tmpdir(), 'modelgate-npm-'));
  const close = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    rmSync(scratch, { recursive: true, force: true });
  };

  let token: string;
  try {
    token = await addUser(url, USER, randomBytes(18).toString('base64url'));
    // The token must be one the registry accepts, not just any string it handed out.
    const whoami = await fetch(`${url}-/whoami`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await whoami.json()) as { username?: string };
    if (whoami.status !== 200 || body.username !== USER) throw new Error(`Verdaccio did not accept its own token: ${whoami.status} ${JSON.stringify(body)}`);
  } catch (error) {
    await close();
    throw error;
  }

  const registry: LocalNpmRegistry = {
    url,
    token,
    npmrc(dir: string): string {
      const path = join(dir, '.npmrc');
      writeFileSync(path, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
      return path;
    },
    stop: async () => {
      scratchOf.delete(registry);
      await close();
    },
  };
  scratchOf.set(registry, scratch);
  return registry;
}

/** `npm adduser` against the registry's CouchDB-style user endpoint; returns the token it issues. */
async function addUser(url: string, name: string, password: string): Promise<string> {
  const res = await fetch(`${url}-/user/org.couchdb.user:${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, email: `${name}@example.invalid`, type: 'user', roles: [], date: new Date().toISOString() }),
  });
  const body = (await res.json()) as { ok?: unknown; token?: string; error?: string };
  if (res.status !== 201 || typeof body.token !== 'string') throw new Error(`Verdaccio refused to create user ${name}: ${res.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** The npm CLI that ships with the running node (`<prefix>/lib/node_modules/npm`), else `npm` on PATH. */
function npmCommand(): { file: string; prefix: string[] } {
  const bin = dirname(process.execPath);
  for (const cli of [join(bin, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'), join(bin, 'node_modules', 'npm', 'bin', 'npm-cli.js')]) {
    if (existsSync(cli)) return { file: process.execPath, prefix: [cli] };
  }
  return { file: process.platform === 'win32' ? 'npm.cmd' : 'npm', prefix: [] };
}

/**
 * The environment npm runs with against `registry`: every inherited `npm_config_*` (as `npm run` sets
 * them) and proxy variable dropped, user config = a file holding only this registry and its token, global
 * config = a file that does not exist, its own cache, no audit, fund or update check.
 */
function npmEnv(registry: LocalNpmRegistry): NodeJS.ProcessEnv {
  const scratch = scratchOf.get(registry);
  if (!scratch) throw new Error('not a registry from startVerdaccio, or already stopped');
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_config_') || lower === 'http_proxy' || lower === 'https_proxy' || lower === 'no_proxy' || lower === 'node_auth_token') continue;
    env[key] = value;
  }
  return {
    ...env,
    npm_config_userconfig: registry.npmrc(scratch),
    npm_config_globalconfig: join(scratch, 'no-global-npmrc'),
    npm_config_cache: join(scratch, 'cache'),
    npm_config_registry: registry.url,
    npm_config_noproxy: '127.0.0.1,localhost',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'warn',
  };
}

/** Runs the real npm CLI in `cwd` against `registry` (see {@link npmEnv}); never throws on a non-zero exit. */
export function runNpm(registry: LocalNpmRegistry, args: string[], cwd: string): Promise<NpmResult> {
  const { file, prefix } = npmCommand();
  const env = npmEnv(registry);
  return new Promise((resolve) => {
    execFile(file, [...prefix, ...args], { cwd, env, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: error && !stderr ? error.message : stderr });
    });
  });
}

/**
 * `npm publish <tarball> --registry <url> --provenance=false` with the registry's token (from a user
 * config npmrc, see {@link runNpm}); the tarball's bytes are what the registry stores and serves back.
 * Throws with npm's output when it fails.
 */
export async function publishTarball(registry: LocalNpmRegistry, tarball: string, cwd: string): Promise<void> {
  const result = await runNpm(registry, ['publish', tarball, '--registry', registry.url, '--provenance=false'], cwd);
  if (result.code !== 0) throw new Error(`npm publish ${tarball} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
}
