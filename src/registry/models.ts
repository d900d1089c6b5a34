/**
 * The model-level API of the model store: versions (push, resolve, list, pull), deployments
 * (deploy, current deployment, history) and what a model holds (environments, versions, runs). Steps
 * use only this module; the stores behind it are opened with `openStore` from ./store.js.
 */
export {
  ANNOTATIONS,
  MODEL_ARTIFACT_TYPE,
  RUN_RECORD_MEDIA_TYPE,
  pushVersion,
  resolveVersion,
  listVersions,
  pullVersion,
  type ModelFile,
  type PushedVersion,
  type VersionInfo,
} from './versions.js';
export { DEPLOYMENT_ARTIFACT_TYPE, deploy, currentDeployment, history, type DeploymentRecord, type Deployed, type DeployResult } from './history.js';
export { environmentsOf, listEnvironments, readEntries, readModelIndex, type ModelEntry, type ModelIndex } from './catalog.js';
export { openStore, type ModelStore, type StoreOptions } from './store.js';
