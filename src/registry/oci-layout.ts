import { constants, createReadStream } from 'node:fs';
import { lstat, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ExternalError, UserError } from '../core/errors.js';
import { confinePath, READ_CHUNK, writeFileAtomic } from '../core/files.js';
import { digestOf, removeDeadTemporaries, writeStreamVerified } from './blob-files.js';
import { withFileLock } from './layout-lock.js';
import { checkAddress, isDigest, MEDIA_TYPES, type Descriptor, type ModelStore, type StoredManifest } from './store-types.js';

const REF_NAME = 'org.opencontainers.image.ref.name';
/** A layout is read without following links: a repository can commit `index.json -> ~/.ssh/id_rsa`. */
const READ_NO_FOLLOW = constants.O_RDONLY | constants.O_NOFOLLOW;

interface ImageIndex {
  schemaVersion: number;
  mediaType?: string;
  manifests: Descriptor[];
}

/**
 * An OCI image layout per repository under one folder: `<dir>/<repository>/{oci-layout,index.json,blobs/sha256/*}`.
 * Blobs are written to a temporary file, checked against their digest and renamed; index.json is rewritten
 * the same way under an exclusive lock file, so concurrent processes never lose a tag. A writer killed
 * mid-push leaves a temporary file and maybe its lock: the next writer to the repository removes the
 * first ({@link removeDeadTemporaries}) and takes over the second ({@link withFileLock}).
 */
export class OciLayoutStore implements ModelStore {
  readonly uri: string;
  /** Repository roots whose dead writers' temporary files this store has removed already. */
  private readonly swept = new Map<string, Promise<void>>();

  constructor(
    private readonly dir: string,
    private readonly workspace: string,
  ) {
    this.uri = `oci-layout:${dir}`;
  }

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const path = await this.blobPath(repository, digest);
    // A link in a blob's place is not the blob: the next push replaces it with the real file.
    return lstat(path).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  async pushBlobFile(repository: string, file: string, digest: string, size: number, onProgress?: (sent: number) => void): Promise<number> {
    if (await this.hasBlob(repository, digest)) return 0;
    const target = await this.blobPath(repository, digest);
    await this.sweep(repository);
    const written = await writeStreamVerified(
      target,
      createReadStream(file, { highWaterMark: READ_CHUNK }),
      digest,
      (actual) => new UserError(`'${file}' is not the content expected: its digest is ${actual}, not ${digest} (it changed after it was recorded, or while it was stored)`),
      onProgress,
    );
    if (written !== size) throw new UserError(`'${file}' has ${written} bytes, not the ${size} expected; push again once nothing writes to it`);
    return written;
  }

  async pushBlobBytes(repository: string, bytes: Buffer, digest: string): Promise<number> {
    if (digestOf(bytes) !== digest) throw new Error(`pushBlobBytes: the bytes do not have digest ${digest}`);
    if (await this.hasBlob(repository, digest)) return 0;
    await this.sweep(repository);
    await writeStreamVerified(await this.blobPath(repository, digest), Readable.from([bytes]), digest, () => new Error(`pushBlobBytes: the bytes changed while written`));
    return bytes.length;
  }

  async readBlob(repository: string, digest: string): Promise<Buffer> {
    const path = await this.blobPath(repository, digest);
    let bytes: Buffer;
    try {
      bytes = await readFile(path, { flag: READ_NO_FOLLOW });
    } catch {
      throw new ExternalError(`${this.uri}: blob ${digest} of '${repository}' is missing (the layout is incomplete)`, 'oci-layout', 404, false);
    }
    if (digestOf(bytes) !== digest)
      throw new ExternalError(`${this.uri}: blob ${digest} of '${repository}' is corrupt (its content has another digest)`, 'oci-layout', undefined, false);
    return bytes;
  }

  async fetchBlobToFile(repository: string, digest: string, file: string): Promise<void> {
    const path = await this.blobPath(repository, digest);
    if (!(await this.hasBlob(repository, digest)))
      throw new ExternalError(`${this.uri}: blob ${digest} of '${repository}' is missing (the layout is incomplete)`, 'oci-layout', 404, false);
    await writeStreamVerified(
      file,
      (await open(path, READ_NO_FOLLOW)).createReadStream({ highWaterMark: READ_CHUNK }),
      digest,
      () => new ExternalError(`${this.uri}: blob ${digest} of '${repository}' is corrupt (its content has another digest)`, 'oci-layout', undefined, false),
    );
  }

  async putManifest(repository: string, reference: string, bytes: Buffer, mediaType: string): Promise<string> {
    checkAddress(this.uri, repository, reference);
    const digest = digestOf(bytes);
    if (isDigest(reference) && reference !== digest) throw new Error(`putManifest: the bytes do not have digest ${reference}`);
    await this.checkReferencedBlobs(repository, bytes);
    const root = await this.repositoryRoot(repository);
    await this.sweep(repository);
    await this.pushBlobBytes(repository, bytes, digest);
    const parsed = JSON.parse(bytes.toString('utf8')) as { artifactType?: string };
    const entry: Descriptor = { mediaType, digest, size: bytes.length };
    if (parsed.artifactType) entry.artifactType = parsed.artifactType;
    await withFileLock(join(root, 'index.json'), async () => {
      const index = await this.readIndex(root);
      if (isDigest(reference)) {
        // An untagged entry keeps the manifest reachable, so layout garbage collectors keep it.
        if (!index.manifests.some((m) => m.digest === digest)) index.manifests.push(entry);
      } else {
        index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== reference);
        index.manifests.push({ ...entry, annotations: { [REF_NAME]: reference } });
      }
      await writeFileAtomic(join(root, 'index.json'), JSON.stringify(index, null, 2) + '\n');
    });
    return digest;
  }

  async getManifest(repository: string, reference: string): Promise<StoredManifest | undefined> {
    checkAddress(this.uri, repository, reference);
    const root = await this.repositoryRoot(repository);
    const index = await this.readIndex(root);
    const entry = isDigest(reference) ? index.manifests.find((m) => m.digest === reference) : index.manifests.find((m) => m.annotations?.[REF_NAME] === reference);
    const digest = entry?.digest ?? (isDigest(reference) ? reference : undefined);
    if (!digest || !(await this.hasBlob(repository, digest))) return undefined;
    const bytes = await this.readBlob(repository, digest);
    const mediaType = entry?.mediaType ?? (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ?? MEDIA_TYPES.manifest;
    return { digest, bytes, mediaType };
  }

  async listTags(repository: string): Promise<string[]> {
    checkAddress(this.uri, repository);
    const index = await this.readIndex(await this.repositoryRoot(repository));
    return [...new Set(index.manifests.flatMap((m) => (m.annotations?.[REF_NAME] ? [m.annotations[REF_NAME]] : [])))];
  }

  /**
   * Removes what dead writers left in a repository (partial blobs, index rewrites), once per store and
   * repository: before this store's first write there, so a re-run after a crash starts clean.
   */
  private async sweep(repository: string): Promise<void> {
    const root = await this.repositoryRoot(repository);
    let done = this.swept.get(root);
    if (!done) {
      done = (async () => {
        await removeDeadTemporaries(join(root, 'blobs', 'sha256'));
        await removeDeadTemporaries(root);
      })();
      this.swept.set(root, done);
    }
    await done;
  }

  /** The same check a registry makes: a manifest may only name blobs the repository has. */
  private async checkReferencedBlobs(repository: string, bytes: Buffer): Promise<void> {
    let manifest: { config?: Descriptor; layers?: Descriptor[]; manifests?: Descriptor[] };
    try {
      manifest = JSON.parse(bytes.toString('utf8')) as typeof manifest;
    } catch {
      throw new Error('putManifest: the manifest is not JSON');
    }
    for (const blob of [manifest.config, ...(manifest.layers ?? []), ...(manifest.manifests ?? [])]) {
      if (blob && !(await this.hasBlob(repository, blob.digest))) {
        throw new ExternalError(`${this.uri}: manifest for '${repository}' names blob ${blob.digest}, which is not stored (MANIFEST_BLOB_UNKNOWN)`, 'oci-layout', 400, false);
      }
    }
  }

  private async repositoryRoot(repository: string): Promise<string> {
    checkAddress(this.uri, repository);
    return confinePath(this.workspace, join(this.dir, repository), 'registry');
  }

  private async blobPath(repository: string, digest: string): Promise<string> {
    if (!isDigest(digest)) throw new UserError(`${this.uri}: '${digest}' is not a sha256 digest`);
    // Confined as a whole: a committed `blobs -> /elsewhere` link must not take writes out of the workspace.
    return confinePath(this.workspace, join(await this.repositoryRoot(repository), 'blobs', 'sha256', digest.slice('sha256:'.length)), 'registry');
  }

  private async readIndex(root: string): Promise<ImageIndex> {
    const file = join(root, 'index.json');
    let text: string;
    try {
      text = await readFile(file, { encoding: 'utf8', flag: READ_NO_FOLLOW });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new UserError(`${file} is a symbolic link: modelgate does not read a layout through one (remove it from the repository)`, { file });
      if (code !== 'ENOENT') throw error;
      await this.initLayout(root);
      return { schemaVersion: 2, mediaType: MEDIA_TYPES.index, manifests: [] };
    }
    let index: ImageIndex | undefined;
    try {
      index = JSON.parse(text) as ImageIndex;
    } catch {
      // JSON.parse's message quotes the text: never shown, the file may be anything.
    }
    if (!index || !Array.isArray(index.manifests)) {
      throw new UserError(`${file}: not an OCI image index (${index ? 'no manifests array' : 'not JSON'}); restore it from version control or remove the folder`, { file });
    }
    return index;
  }

  private async initLayout(root: string): Promise<void> {
    const marker = join(root, 'oci-layout');
    if (
      !(await lstat(marker).then(
        () => true,
        () => false,
      ))
    ) {
      await writeFileAtomic(marker, JSON.stringify({ imageLayoutVersion: '1.0.0' }) + '\n');
    }
  }
}
