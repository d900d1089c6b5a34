import { UserError, ExternalError } from '../core/errors.js';
import { digestOf, writeStreamVerified } from './blob-files.js';
import { DEFAULT_CHUNK_BYTES, headBlob, uploadBlobBytes, uploadBlobFile } from './blob-upload.js';
import { DEFAULT_UNREACHABLE_MS, RegistryClient } from './registry-client.js';
import { headerValue } from './registry-http.js';
import { checkAddress, isDigest, isRepositoryName, MEDIA_TYPES, type Descriptor, type ModelStore, type StoreOptions, type StoredManifest } from './store-types.js';

const MANIFEST_ACCEPT = [MEDIA_TYPES.manifest, MEDIA_TYPES.index, MEDIA_TYPES.dockerManifest, MEDIA_TYPES.dockerList].join(', ');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Options of a registry store beyond {@link StoreOptions}. */
export interface DistributionOptions extends StoreOptions {
  /** PATCH chunk size for blob uploads (default 256 MiB); smaller chunks mean less to re-send after a drop. */
  chunkBytes?: number;
  /**
   * How long a registry that refuses or drops connections (down, restarting) is waited for, in
   * milliseconds; default {@link DEFAULT_UNREACHABLE_MS} (60 s). Past it the step fails, and a re-run
   * sends only what the registry does not have yet.
   */
  unreachableMs?: number;
}

/**
 * An OCI Distribution v2 registry (Distribution, GHCR, GitLab, Harbor, ...), over node:http(s).
 * Repositories are `<prefix>/<repository>`. Blobs are checked with HEAD before any upload, so
 * unchanged files are never sent twice; downloads are verified against their digest. A manifest is sent
 * only once every blob it names is known to be stored in full, so no tag ever names a partial model.
 */
export class OciDistributionStore implements ModelStore {
  readonly uri: string;
  private readonly client: RegistryClient;
  /** `<name>@<digest>` of blobs this store saw stored in full (HEAD 200 or a closing PUT's 201). */
  private readonly stored = new Set<string>();

  private constructor(
    private readonly host: string,
    private readonly prefix: string,
    private readonly options: DistributionOptions,
  ) {
    this.uri = `oci://${host}${prefix ? `/${prefix}` : ''}`;
    const plain = options.insecure === true || LOOPBACK.has(host.replace(/:\d+$/, ''));
    this.client = new RegistryClient({
      origin: `${plain ? 'http' : 'https'}://${host}`,
      label: this.uri,
      username: options.username,
      password: options.password,
      timeoutMs: options.fetchTimeoutMs ?? 60_000,
      unreachableMs: options.unreachableMs ?? DEFAULT_UNREACHABLE_MS,
    });
  }

  /** Parses `oci://<host[:port]>/<repository-prefix>`; credentials belong in options, never in the URI. */
  static fromUri(uri: string, options: DistributionOptions = {}): OciDistributionStore {
    const rest = uri.slice('oci://'.length).replace(/\/+$/, '');
    const slash = rest.indexOf('/');
    const host = slash === -1 ? rest : rest.slice(0, slash);
    const prefix = slash === -1 ? '' : rest.slice(slash + 1);
    if (host.includes('@')) {
      throw new UserError(
        `registry: credentials do not belong in the store URI; give them as the registry username and password (the URI must be 'oci://<host[:port]>/<repository-prefix>')`,
      );
    }
    if (!/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(?::\d{1,5})?$/.test(host)) {
      throw new UserError(`registry: '${host}' is not a registry host; use 'oci://<host[:port]>/<repository-prefix>', e.g. 'oci://ghcr.io/my-org'`);
    }
    if (prefix && !isRepositoryName(prefix)) {
      throw new UserError(`registry: the repository prefix '${prefix}' is not valid; use lowercase letters, digits and '.', '_', '-' between them, with '/' between parts`);
    }
    return new OciDistributionStore(host, prefix, options);
  }

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const name = this.name(repository, digest);
    const found = await headBlob(this.client, name, digest);
    if (found) this.stored.add(`${name}@${digest}`);
    return found;
  }

  async pushBlobFile(repository: string, file: string, digest: string, size: number, onProgress?: (sent: number) => void): Promise<number> {
    if (await this.hasBlob(repository, digest)) return 0;
    const name = this.name(repository, digest);
    const sent = await uploadBlobFile(this.client, { name, file, digest, size, chunkBytes: this.options.chunkBytes ?? DEFAULT_CHUNK_BYTES, onProgress });
    this.stored.add(`${name}@${digest}`);
    return sent;
  }

  async pushBlobBytes(repository: string, bytes: Buffer, digest: string): Promise<number> {
    if (digestOf(bytes) !== digest) throw new Error(`pushBlobBytes: the bytes do not have digest ${digest}`);
    if (await this.hasBlob(repository, digest)) return 0;
    const name = this.name(repository, digest);
    const sent = await uploadBlobBytes(this.client, name, bytes, digest);
    this.stored.add(`${name}@${digest}`);
    return sent;
  }

  async readBlob(repository: string, digest: string): Promise<Buffer> {
    const name = this.name(repository, digest);
    const what = `download of blob ${digest} from '${name}'`;
    const bytes = await this.client.retrying(what, async () => {
      const response = await this.client.send({ url: `/v2/${name}/blobs/${digest}`, repository: name, method: 'GET' });
      if (response.status !== 200) throw this.client.failure(what, response);
      return response.body;
    });
    if (digestOf(bytes) !== digest) throw new ExternalError(`${this.uri}: ${what} gave content with another digest`, 'registry', 200, true);
    return bytes;
  }

  async fetchBlobToFile(repository: string, digest: string, file: string): Promise<void> {
    const name = this.name(repository, digest);
    const what = `download of blob ${digest} from '${name}'`;
    await this.client.retrying(what, async () => {
      const response = await this.client.send({
        url: `/v2/${name}/blobs/${digest}`,
        repository: name,
        method: 'GET',
        sink: async (stream) => {
          await writeStreamVerified(file, stream, digest, () => new ExternalError(`${this.uri}: ${what} gave content with another digest`, 'registry', 200, true));
        },
      });
      if (response.status !== 200) throw this.client.failure(what, response);
    });
  }

  async putManifest(repository: string, reference: string, bytes: Buffer, mediaType: string): Promise<string> {
    const name = this.name(repository, reference);
    const digest = digestOf(bytes);
    if (isDigest(reference) && reference !== digest) throw new Error(`putManifest: the bytes do not have digest ${reference}`);
    const what = `PUT of manifest '${name}:${reference}'`;
    await this.checkReferencedBlobs(name, reference, bytes);
    await this.client.retrying(what, async () => {
      const response = await this.client.send({
        url: `/v2/${name}/manifests/${reference}`,
        repository: name,
        method: 'PUT',
        headers: { 'content-type': mediaType },
        body: { bytes },
      });
      if (response.status !== 201) throw this.client.failure(what, response);
      const stored = headerValue(response.headers, 'docker-content-digest');
      if (stored && stored !== digest)
        throw new ExternalError(`${this.uri}: ${what} stored digest ${stored}, not ${digest} (the registry rewrote the manifest)`, 'registry', 201, false);
    });
    return digest;
  }

  async getManifest(repository: string, reference: string): Promise<StoredManifest | undefined> {
    const name = this.name(repository, reference);
    const what = `GET of manifest '${name}:${reference}'`;
    return this.client.retrying(what, async () => {
      const response = await this.client.send({ url: `/v2/${name}/manifests/${reference}`, repository: name, method: 'GET', headers: { accept: MANIFEST_ACCEPT } });
      if (response.status === 404) return undefined;
      if (response.status !== 200) throw this.client.failure(what, response);
      const digest = digestOf(response.body);
      if (isDigest(reference) && digest !== reference) throw new ExternalError(`${this.uri}: ${what} gave content with another digest`, 'registry', 200, true);
      const mediaType = (headerValue(response.headers, 'content-type') ?? MEDIA_TYPES.manifest).split(';')[0]?.trim() ?? MEDIA_TYPES.manifest;
      return { digest, bytes: response.body, mediaType };
    });
  }

  async listTags(repository: string): Promise<string[]> {
    const name = this.name(repository);
    const tags: string[] = [];
    let next: string | undefined = `/v2/${name}/tags/list`;
    // Distribution ignores `n`/`Link`; other registries page, so a `Link: <...>; rel="next"` is followed.
    for (let page = 0; next && page < 1000; page++) {
      const url: string = next;
      const what = `tag list of '${name}'`;
      const response = await this.client.retrying(what, () => this.client.send({ url, repository: name, method: 'GET' }));
      if (response.status === 404) return tags;
      if (response.status !== 200) throw this.client.failure(what, response);
      let body: { tags?: unknown };
      try {
        body = JSON.parse(response.body.toString('utf8')) as typeof body;
      } catch {
        throw new ExternalError(`${this.uri}: ${what} is not JSON`, 'registry', 200, false);
      }
      if (Array.isArray(body.tags)) tags.push(...body.tags.filter((t): t is string => typeof t === 'string'));
      next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(headerValue(response.headers, 'link') ?? '')?.[1];
    }
    return [...new Set(tags)];
  }

  /**
   * Refuses a manifest that names a blob the registry does not hold in full. Distribution makes the same
   * check; not every registry does, and a tag must never land on a model with a blob missing. Blobs this
   * store saw stored are not asked again, so a push costs no extra request; a deploy asks once per blob.
   */
  private async checkReferencedBlobs(name: string, reference: string, bytes: Buffer): Promise<void> {
    let manifest: { config?: Descriptor; layers?: Descriptor[] };
    try {
      manifest = JSON.parse(bytes.toString('utf8')) as typeof manifest;
    } catch {
      throw new Error('putManifest: the manifest is not JSON');
    }
    // An index names manifests, which the registry checks itself; only config and layers are blobs.
    const blobs = [manifest.config, ...(Array.isArray(manifest.layers) ? manifest.layers : [])].filter((b): b is Descriptor => typeof b?.digest === 'string');
    for (const blob of blobs) {
      if (this.stored.has(`${name}@${blob.digest}`)) continue;
      if (!isDigest(blob.digest) || !(await headBlob(this.client, name, blob.digest))) {
        throw new ExternalError(
          `${this.uri}: manifest '${name}:${reference}' names blob ${blob.digest}, which the registry does not have (MANIFEST_BLOB_UNKNOWN); ` +
            'push the version again: missing blobs are sent, and the tag is set only once all of them are stored',
          'registry',
          400,
          false,
        );
      }
      this.stored.add(`${name}@${blob.digest}`);
    }
  }

  /** Closes idle connections (a process exits without it; tests with many stores call it). */
  close(): void {
    this.client.close();
  }

  private name(repository: string, reference?: string): string {
    checkAddress(this.uri, repository, reference);
    return this.prefix ? `${this.prefix}/${repository}` : repository;
  }
}
