import type { Inputs, InputSpec } from '../core/inputs.js';
import type { Platform } from '../platform/platform.js';

/** The inputs every step that reaches the model store shares (deploy-model, rollback, compare-metrics' `env:` baseline). */
export const registryInputs: readonly InputSpec[] = [
  {
    name: 'registry',
    kind: 'string',
    default: 'oci-layout:.modelgate/registry',
    description: 'Where models live: `oci-layout:<folder>` (an OCI image layout in the workspace) or `oci://<host>/<prefix>` (any OCI registry: GHCR, GitLab, Harbor, ECR, Distribution).',
  },
  { name: 'model-name', kind: 'string', required: true, description: 'The model: its repository in the store (lowercase, `a-z0-9` separated by `.`, `_`, `-` or `/`).' },
  { name: 'registry-username', kind: 'string', description: 'User for the registry (GHCR: the actor of the workflow, `github.actor`; GitLab: `$CI_REGISTRY_USER`).' },
  { name: 'registry-password', kind: 'string', secret: true, description: 'Password or token for the registry (GHCR: a token with `packages: write`; GitLab: `$CI_REGISTRY_PASSWORD`).' },
];

/** The token deploy-model and rollback record a GitHub Deployment with. */
export const deploymentTokenInput: InputSpec = {
  name: 'token',
  kind: 'string',
  secret: true,
  githubDefault: '${{ github.token }}',
  only: 'github',
  description: 'Token for the GitHub Deployment of the environment (needs `deployments: write`); without it no Deployment is recorded.',
};

/** The parsed registry inputs. */
export interface RegistryInputs {
  registry: string;
  modelName: string;
  registryUsername?: string;
  registryPassword?: string;
}

/** Reads the shared registry inputs; the password is masked at once. */
export function readRegistryInputs(read: Inputs, platform: Platform): RegistryInputs {
  const registryPassword = read.string('registry-password');
  if (registryPassword) platform.mask(registryPassword);
  const modelName = read.required('model-name');
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(modelName)) {
    throw read.error('model-name', 'must be an OCI repository name: lowercase letters and digits, separated by ., _, - or /', modelName);
  }
  return { registry: read.string('registry') as string, modelName, registryUsername: read.string('registry-username'), registryPassword };
}
