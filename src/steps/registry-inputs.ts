import type { Inputs, InputSpec } from '../core/inputs.js';
import type { Platform } from '../platform/platform.js';

/** The store outside CI, and wherever the platform has no registry of its own. */
export const LOCAL_STORE = 'oci-layout:.modelgate/registry';

/** The inputs every step that reaches the model store shares (train-model's run records, compare-metrics, deploy-model, rollback). */
export const registryInputs: readonly InputSpec[] = [
  {
    name: 'registry',
    kind: 'string',
    description:
      "Where models and recorded runs live: `oci://<host>/<prefix>` (any OCI registry: GHCR, GitLab, Harbor, ECR, Distribution) or `oci-layout:<folder>` (an OCI image layout on disk). Default: in GitHub Actions the repository's GHCR (`oci://ghcr.io/<owner>/<repo>`), in GitLab CI the project's container registry (`$CI_REGISTRY_IMAGE`), locally `oci-layout:.modelgate/registry`.",
  },
  { name: 'model-name', kind: 'string', required: true, description: 'The model: its repository in the store (lowercase, `a-z0-9` separated by `.`, `_`, `-` or `/`).' },
  { name: 'registry-username', kind: 'string', description: "User for the registry. Default for the platform's own registry: `github.actor` on GHCR, `$CI_REGISTRY_USER` on GitLab." },
  {
    name: 'registry-password',
    kind: 'string',
    secret: true,
    description: "Password or token for the registry. Default for the platform's own registry: the `token` input on GHCR (`GITHUB_TOKEN` with `packages: write` to record or push, `packages: read` to compare), `$CI_REGISTRY_PASSWORD` on GitLab.",
  },
];

/** {@link registryInputs} for a step where the store is optional: without `model-name` nothing is stored or looked up. */
export function optionalRegistryInputs(description: string): InputSpec[] {
  return registryInputs.map((i) => (i.name === 'model-name' ? { ...i, required: false, description } : i));
}

/** The token deploy-model and rollback record a GitHub Deployment with. */
export const deploymentTokenInput: InputSpec = {
  name: 'token',
  kind: 'string',
  secret: true,
  githubDefault: '${{ github.token }}',
  only: 'github',
  description: 'Token for the GitHub Deployment of the environment (needs `deployments: write`) and, by default, for GHCR; without it no Deployment is recorded.',
};

/** The parsed registry inputs; `registry` unset means the platform's default store. */
export interface RegistryInputs {
  registry?: string;
  modelName: string;
  registryUsername?: string;
  registryPassword?: string;
  /** The platform token, sent to the platform's own registry when no password is given (GHCR). */
  token?: string;
}

const MODEL_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** Reads the shared registry inputs; the password is masked at once. */
export function readRegistryInputs(read: Inputs, platform: Platform): RegistryInputs {
  const found = readOptionalRegistryInputs(read, platform);
  if (!found.modelName) throw read.error('model-name', 'is required', undefined);
  return found as RegistryInputs;
}

/** {@link readRegistryInputs} where `model-name` may be absent. */
export function readOptionalRegistryInputs(read: Inputs, platform: Platform): Omit<RegistryInputs, 'modelName'> & { modelName?: string } {
  const registryPassword = read.string('registry-password');
  if (registryPassword) platform.mask(registryPassword);
  const modelName = read.string('model-name');
  if (modelName !== undefined && !MODEL_NAME.test(modelName)) {
    throw read.error('model-name', 'must be an OCI repository name: lowercase letters and digits, separated by ., _, - or /', modelName);
  }
  return { registry: read.string('registry'), modelName, registryUsername: read.string('registry-username'), registryPassword };
}
