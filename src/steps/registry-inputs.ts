import { modelName, secret, text } from '../core/input-kinds.js';

/** The store outside CI, and wherever the platform has no registry of its own. */
export const LOCAL_STORE = 'oci-layout:.modelgate/registry';

const store = {
  registry: text({
    gitlabExpand: true,
    description:
      "Where models and recorded runs live: `oci://<host>/<prefix>` (any OCI registry: GHCR, GitLab, Harbor, ECR, Distribution) or `oci-layout:<folder>` (an OCI image layout on disk). Default: in GitHub Actions the repository's GHCR (`oci://ghcr.io/<owner>/<repo>`), in GitLab CI the project's container registry (`$CI_REGISTRY_IMAGE`), locally `oci-layout:.modelgate/registry`.",
  }),
};

const credentials = {
  'registry-username': text({
    gitlabExpand: true,
    description: "User for the registry. Default for the platform's own registry: `github.actor` on GHCR, `$CI_REGISTRY_USER` on GitLab.",
  }),
  'registry-password': secret({
    gitlabExpand: true,
    description:
      "Password or token for the registry. Default for the platform's own registry: the `token` input on GHCR (`GITHUB_TOKEN` with `packages: write` to record or push, `packages: read` to compare), `$CI_REGISTRY_PASSWORD` on GitLab.",
  }),
};

/** The inputs every step that needs the model store shares (deploy-model, rollback, history). */
export const registryInputs = {
  ...store,
  'model-name': modelName({ required: true, description: 'The model: its repository in the store (lowercase, `a-z0-9` separated by `.`, `_`, `-` or `/`).' }),
  ...credentials,
};

/**
 * {@link registryInputs} for a CLI command that reads the store (history, versions): without `registry`
 * it reads the on-disk store, in CI too, and the credentials have no platform defaults.
 */
export const commandRegistryInputs = {
  ...registryInputs,
  registry: text({
    description:
      "Where models and recorded runs live: `oci://<host>/<prefix>` (any OCI registry: GHCR, GitLab, Harbor, ECR, Distribution) or `oci-layout:<folder>` (an OCI image layout on disk). Default: `oci-layout:.modelgate/registry` (a command does not use the platform's registry).",
  }),
  'registry-username': text({ description: 'User for the registry, when it needs one.' }),
  'registry-password': secret({ description: 'Password or token for the registry (`GITHUB_TOKEN` or a personal access token for GHCR, `CI_REGISTRY_PASSWORD` on GitLab).' }),
};

/** {@link registryInputs} for a step where the store is optional: without `model-name` nothing is stored or looked up. */
export function optionalRegistryInputs(description: string) {
  return { ...store, 'model-name': modelName({ description }), ...credentials };
}

/** The token deploy-model and rollback record a GitHub Deployment with. */
export const deploymentTokenInput = {
  token: secret({
    githubDefault: '${{ github.token }}',
    only: 'github',
    description: 'Token for the GitHub Deployment of the environment (needs `deployments: write`) and, by default, for GHCR; without it no Deployment is recorded.',
  }),
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
