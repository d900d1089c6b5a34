import { choice, environment, flag, text } from '../../core/input-kinds.js';
import { registryInputs } from '../registry-inputs.js';
import { declareStep, type InputsOf } from '../step.js';

/** A version as `pull` takes it: a tag, or the `sha256:` digest of its manifest. */
const VERSION_REFERENCE = /^(?:[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}|sha256:[a-f0-9]{64})$/;

/** `modelgate pull`, declared once: a CLI command (no action, no GitLab component). */
export const step = declareStep({
  id: 'pull',
  title: 'Pull model',
  description: "Writes a model version's files from the store into a folder, each checked against its digest: what an environment runs, or one version.",
  usage: 'modelgate pull --model-name <name> (--env <environment> | --version <tag|sha256:digest>) [--to <folder>] [--force] [--registry <uri>] [--format table|json]',
  inputs: {
    ...registryInputs,
    environment: environment({
      alias: 'env',
      description: "Pull the version this environment runs (`production`). Give this or 'version'.",
    }),
    version: text({
      rule: [VERSION_REFERENCE, 'must be a version tag or a sha256:<64 hex digits> digest'],
      description: "Pull this version: its tag or its manifest's `sha256:` digest. Give this or 'environment'.",
    }),
    to: text({
      default: 'model',
      description:
        "Folder in the workspace to write the files into; each keeps its name in the version (train-model's path: `model/weights.onnx` lands at `<to>/model/weights.onnx`). It must be new or empty unless 'force' is set.",
    }),
    force: flag({
      default: 'false',
      description: "Replace a non-empty 'to' folder: its old contents are removed, and only once every file arrived whole.",
    }),
    format: choice(['table', 'json'], { default: 'table', description: 'How to print what was written (files, sizes, digests); `json` for scripts.' }),
  },
  check: (v, fail) => {
    if (v.environment === undefined && v.version === undefined)
      throw fail('environment', "or 'version' is required: pull what an environment runs (--env production) or one version (--version <tag> or sha256:<digest>)");
    if (v.environment !== undefined && v.version !== undefined)
      throw fail(
        'version',
        "cannot be given with 'environment': pull what an environment runs or one version, not both (inputs also come from MODELGATE_VERSION and MODELGATE_ENVIRONMENT, which a deploy-command gets; unset the one you do not mean)",
      );
  },
  outputs: {},
});

/** The parsed inputs of `modelgate pull`. */
export type PullInputs = InputsOf<typeof step>;
