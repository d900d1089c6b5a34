import { UserError } from '../core/errors.js';
import { OciDistributionStore } from './oci-distribution.js';
import { OciLayoutStore } from './oci-layout.js';
import { redactUri, type ModelStore, type StoreOptions } from './store-types.js';

export {
  checkAddress,
  isDigest,
  isRepositoryName,
  isTag,
  MEDIA_TYPES,
  redactUri,
  type Descriptor,
  type ModelStore,
  type StoredManifest,
  type StoreOptions,
} from './store-types.js';

/**
 * Opens a store from its URI: `oci-layout:<dir>` (a folder in the workspace, one OCI image layout per
 * repository) or `oci://<host[:port]>/<repository-prefix>` (an OCI Distribution registry).
 */
export function openStore(uri: string, options: StoreOptions = {}): ModelStore {
  const text = uri.trim();
  if (text.startsWith('oci-layout:')) {
    const dir = text.slice('oci-layout:'.length);
    if (!dir) throw new UserError(`registry: 'oci-layout:' needs a folder, e.g. 'oci-layout:models'`);
    return new OciLayoutStore(dir, options.workspace ?? process.cwd());
  }
  if (text.startsWith('oci://')) return OciDistributionStore.fromUri(text, options);
  throw new UserError(
    `registry: '${redactUri(text)}' is not a store URI; use 'oci-layout:<folder>' (an OCI image layout in the workspace) or 'oci://<host[:port]>/<repository-prefix>' (an OCI registry)`,
  );
}
