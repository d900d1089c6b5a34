import { Document, isMap, isSeq, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { inputEnvName } from '../platform/cli-inputs.js';
import type { StepEntry } from './index.js';

const DEFAULT_IMAGE_NOTE = 'Image of the job; it needs Node.js 20 or later and git.';

/** The GitLab type and default of a step input: typed where GitLab can check it (booleans, numbers). */
function typed(spec: StepEntry['specs'][number]): { type?: string; default?: unknown } {
  const type = spec.gitlabType ?? (spec.kind === 'boolean' ? 'boolean' : spec.kind === 'integer' && spec.default !== undefined ? 'number' : undefined);
  // A required input has no default: GitLab refuses a pipeline that leaves it out.
  if (spec.required) return { type };
  const text = spec.default ?? '';
  return { type, default: type === 'boolean' ? text === 'true' : type === 'number' ? Number(text) : text };
}

/**
 * `gitlab/templates/<id>.yml`, generated whole from the step's declaration (run `npm run docs`): the
 * job's own inputs (name, stage, version, image), the step's inputs in the declared order and the
 * GitLab-only ones under `spec:inputs`; one `MODELGATE_*` variable per step input (`expand: false`
 * unless the input expands `$VARIABLES`); the script; then the declared job keys.
 */
export function gitlabTemplate(step: StepEntry): string {
  const { declaration } = step;
  const gitlab = declaration.gitlab;
  if (!gitlab) throw new Error(`${declaration.id} has no GitLab component`);
  const shared = step.specs.filter((i) => i.only !== 'github');
  const inputs: Record<string, unknown> = {
    'job-name': { default: declaration.id, description: 'Name of the job this component adds.' },
    stage: { default: gitlab.stage, description: 'Stage of the job.' },
    version: { default: '$[[ component.version ]]', description: 'The npm version of modelgate the job runs (the component version by default).' },
    image: { default: 'node:24', description: gitlab.imageNote ?? DEFAULT_IMAGE_NOTE },
  };
  for (const spec of shared) {
    const { type, default: def } = typed(spec);
    inputs[spec.name] = {
      ...(type ? { type } : {}),
      ...(spec.required ? {} : { default: def }),
      ...(spec.options ? { options: [...spec.options, ...(spec.aliases ?? [])] } : {}),
      description: spec.description,
    };
  }
  for (const [name, extra] of Object.entries(gitlab.inputs ?? {}))
    inputs[name] = { ...(extra.type ? { type: extra.type } : {}), default: extra.default, description: extra.description };

  const header = new Document({ spec: { description: gitlab.description, inputs } });
  header.commentBefore = ` Generated from src/steps/${declaration.id}/step.ts by \`npm run docs\`; edit the declaration, not this file.`;
  for (const pair of (header.getIn(['spec', 'inputs']) as YAMLMap).items as Pair<unknown, YAMLMap>[]) {
    const options = pair.value?.get('options', true);
    if (isSeq(options)) options.flow = true;
    const def = pair.value?.get('default', true);
    if (isSeq(def)) def.flow = true;
  }

  const expanded = shared.filter((s) => s.gitlabExpand).map((s) => s.name);
  const variables = Object.fromEntries(
    shared.map((spec) => [inputEnvName(spec.name), spec.gitlabExpand ? `$[[ inputs.${spec.name} ]]` : { value: `$[[ inputs.${spec.name} ]]`, expand: false }]),
  );
  const job = {
    stage: '$[[ inputs.stage ]]',
    image: '$[[ inputs.image ]]',
    ...gitlab.before,
    variables,
    script: [`npx --yes "modelgate@$[[ inputs.version ]]" ${declaration.id}`],
    ...gitlab.job,
  };
  const body = new Document({ '$[[ inputs.job-name ]]': job });
  const [jobPair] = (body.contents as YAMLMap<Scalar, YAMLMap>).items as Pair<Scalar, YAMLMap>[];
  // GitLab's own examples quote the interpolated job name; a plain `$[[` key reads as a flow sequence to some tools.
  jobPair!.key.type = 'QUOTE_DOUBLE';
  const jobMap = jobPair!.value as YAMLMap;
  const note = `expand: false keeps a \`$\` in an input (${gitlab.expandNote}) as written instead of expanding it${expanded.length ? `; ${expanded.join(', ')} expand $VARIABLES (e.g. $CI_REGISTRY_PASSWORD, or a label from an earlier job)` : ''}.`;
  for (const pair of jobMap.items as Pair<{ value: string; commentBefore?: string }, unknown>[]) {
    const key = pair.key.value;
    const comment = key === 'variables' ? note : gitlab.comments?.[key];
    if (comment) pair.key.commentBefore = ` ${comment}`;
    if (isMap(pair.value) && key === 'environment') pair.value.flow = false;
  }
  return [header, body].map((d) => d.toString({ lineWidth: 0, singleQuote: true })).join('---\n');
}
