import { UserError } from '../core/errors.js';
import { MODEL_NAME, VERSION_TAG } from '../core/names.js';

/** An OCI content descriptor: what a manifest says about one blob. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  artifactType?: string;
}

/** A manifest as a store returns it: its digest, its exact bytes and its media type. */
export interface StoredManifest {
  digest: string;
  bytes: Buffer;
  mediaType: string;
}

/**
 * Where model versions live: an OCI image layout on disk or an OCI Distribution registry.
 * `repository` is the model's repository name; a registry store puts its URI's prefix in front.
 */
export interface ModelStore {
  /** The store's URI for messages, without credentials. */
  readonly uri: string;
  /** Whether the repository holds a blob with this digest. */
  hasBlob(repository: string, digest: string): Promise<boolean>;
  /** Uploads a file unless the store has its digest; returns the bytes sent (0 when skipped). */
  pushBlobFile(repository: string, file: string, digest: string, size: number, onProgress?: (sent: number) => void): Promise<number>;
  /** Uploads bytes unless the store has their digest; returns the bytes sent (0 when skipped). */
  pushBlobBytes(repository: string, bytes: Buffer, digest: string): Promise<number>;
  /** A small blob (a config, a record) read into memory and checked against its digest. */
  readBlob(repository: string, digest: string): Promise<Buffer>;
  /** Downloads a blob into a file: the digest is verified and the file appears whole or not at all. */
  fetchBlobToFile(repository: string, digest: string, file: string): Promise<void>;
  /** Stores a manifest under a tag or its own digest; returns its digest. */
  putManifest(repository: string, reference: string, bytes: Buffer, mediaType: string): Promise<string>;
  /** A manifest by tag or digest; `undefined` when there is none. */
  getManifest(repository: string, reference: string): Promise<StoredManifest | undefined>;
  /** Every tag of the repository (none when the repository does not exist yet). */
  listTags(repository: string): Promise<string[]>;
}

/** How to reach a store. */
export interface StoreOptions {
  /** Folder that `oci-layout:` paths are relative to and must stay inside (default: the current folder). */
  workspace?: string;
  username?: string;
  password?: string;
  /** Use plain HTTP for a registry that is not on loopback. */
  insecure?: boolean;
  /** How long a registry request may stay silent before it is abandoned, in milliseconds. */
  fetchTimeoutMs?: number;
}

/** OCI media types the stores and the model layer share. */
export const MEDIA_TYPES = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  empty: 'application/vnd.oci.empty.v1+json',
} as const;

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Whether a string is an OCI repository name (lowercase components separated by `/`). */
export function isRepositoryName(name: string): boolean {
  return MODEL_NAME.test(name);
}

/** Whether a string is an OCI tag. */
export function isTag(reference: string): boolean {
  return VERSION_TAG.test(reference);
}

/** Whether a string is a sha256 digest in OCI form (`sha256:` and 64 lowercase hex digits). */
export function isDigest(reference: string): boolean {
  return DIGEST.test(reference);
}

/**
 * Refuses a repository or reference that a store cannot address safely. Stores call it on every
 * entry point: a name with `..` must never become a path on disk or a URL segment.
 */
export function checkAddress(storeUri: string, repository: string, reference?: string): void {
  if (!isRepositoryName(repository)) {
    throw new UserError(`${storeUri}: '${repository}' is not a repository name; use lowercase letters, digits and '.', '_', '-' between them, with '/' between parts`);
  }
  if (reference !== undefined && !isTag(reference) && !isDigest(reference)) {
    throw new UserError(`${storeUri}: '${reference}' is neither a tag ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) nor a sha256 digest`);
  }
}

/** A URI with any `user:password@` part removed, for messages. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^/@\s]*@/, '//');
}
