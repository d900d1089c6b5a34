import { custom, duration, environment, flag, text, versionTag } from '../../core/input-kinds.js';
import { deploymentTokenInput, registryInputs } from '../registry-inputs.js';
import { notifyInputs, pushInputs } from '../reporting-inputs.js';
import { declareStep, type InputsOf } from '../step.js';

/** deploy-model, declared once. */
export const step = declareStep({
  id: 'deploy-model',
  title: 'Deploy model',
  description:
    "Pushes a trained model as an immutable OCI artifact and promotes it to an environment only when its gate passed, with a deployment record that keeps the environment's history.",
  inputs: {
    'run-record': text({ required: true, description: "The candidate's run record (`run.json` from train-model): its model files are pushed, the record is stored with them." }),
    ...registryInputs,
    'model-version': versionTag({ description: 'The version tag (immutable). Default: `<git sha 12>-<run record id>`, so a re-run pushes the same version.' }),
    'model-dir': text({ default: '.', description: "Folder (in the workspace) the run record's model paths are relative to, e.g. where a downloaded artifact was unpacked." }),
    environment: environment({
      alias: 'env',
      description: 'Promote the version to this environment (`staging`, `production`). Required in the GitLab component; elsewhere, without it the version is only pushed.',
    }),
    comparison: text({
      description:
        "compare-metrics' comparison JSON (its `comparison` output): its verdict gates the promotion. Without it the run record's `gate` is used; with neither, only `force` promotes.",
    }),
    force: flag({ default: 'false', description: 'Promote even when the gate failed or is unknown. Recorded in the deployment record.' }),
    reason: text({ description: 'Why, in words, kept in the deployment record (default: the gate verdict).' }),
    'deploy-command': text({
      description:
        'Your rollout, run with bash after the environment is re-pointed; gets `MODELGATE_MODEL`, `MODELGATE_VERSION`, `MODELGATE_DIGEST`, `MODELGATE_ENVIRONMENT`, `MODELGATE_REGISTRY`. A failure rolls the environment back.',
    }),
    'smoke-test': text({
      description:
        'After the rollout: a command (bash) that must exit 0, or an `http(s)://` URL that must answer `smoke-status`. A failure rolls the environment back and fails the step.',
    }),
    'smoke-status': custom<number>({ default: '200', description: 'The HTTP status a `smoke-test` URL must answer.' }, (t, c) => {
      if (!/^[1-5]\d\d$/.test(t ?? '')) throw c.fail('must be an HTTP status code such as 200');
      return Number(t);
    }),
    'smoke-timeout': duration({ default: '60s', description: 'How long the deploy command and the smoke test may take, each.' }),
    ...deploymentTokenInput,
    ...pushInputs,
    ...notifyInputs,
  },
  config: ['monitoring'],
  outputs: {
    version: 'The version tag pushed.',
    digest: "The version's manifest digest (`sha256:...`).",
    environment: 'The environment this version now runs in: empty unless it was promoted (only pushed, refused, or rolled back after a failed rollout).',
    'previous-digest': 'What the environment pointed at before.',
    record: "The deployment record's digest.",
    promoted: '`true` when the environment now points at this version.',
  },
  gitlab: {
    description:
      "modelgate deploy-model: push a trained model as an immutable OCI artifact and promote it to an environment only when its gate passed, with a deployment record that keeps the environment's history. Deploys of one model and environment run one at a time (resource_group).",
    stage: 'deploy',
    // A GitLab job's `environment:` needs a name, so the component always promotes (a push alone is the CLI's and the Action's).
    required: ['environment'],
    comments: { resource_group: 'One deploy per model and environment at a time: a second pipeline waits instead of racing.' },
    job: {
      resource_group: 'modelgate-$[[ inputs.model-name ]]-$[[ inputs.environment ]]',
      environment: { name: '$[[ inputs.environment ]]', action: 'start' },
      artifacts: { when: 'always', paths: ['.modelgate/'], reports: { dotenv: 'deploy-model.env' } },
      rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
    },
  },
});

/** The parsed inputs of deploy-model. */
export type DeployInputs = InputsOf<typeof step>;
