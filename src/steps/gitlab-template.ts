import { isMap, isScalar, parseAllDocuments, type Document, type Pair, type YAMLMap } from 'yaml';
import type { StepMeta } from './step.js';

/** Inputs of every template that are the job's, not the step's: they come first and are kept as written. */
const TEMPLATE_ONLY = ['job-name', 'stage', 'version', 'image'];

const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);

/**
 * Refreshes a GitLab component template from the step's declaration: the step's inputs under
 * `spec:inputs` (default, options, description, in the declared order, after the job's own inputs and
 * before the template-only ones) and one `MODELGATE_*` job variable per input. The rest of the job
 * (script, artifacts, rules, comments) stays as written. `npm run docs` writes it; a test fails when a
 * template is stale.
 */
export function refreshGitlabTemplate(meta: StepMeta, text: string): string {
  const docs = parseAllDocuments(text) as Document.Parsed[];
  const [header, body] = docs;
  if (!header || !body) throw new Error(`gitlab template of ${meta.id}: expected a spec document and a job document`);
  const inputs = header.getIn(['spec', 'inputs']) as YAMLMap<unknown, unknown>;
  const shared = meta.inputs.filter((i) => i.only !== 'github');
  const extra = meta.gitlabInputs ?? [];
  const old = new Map((inputs.items as Pair[]).map((p) => [keyOf(p), p]));
  const made = shared.map((spec) => {
    const previous = old.get(spec.name)?.value;
    const type = isMap(previous) ? previous.get('type') : undefined;
    const entry: Record<string, unknown> = {};
    // A typed input keeps its type, with a default of that type (GitLab refuses a mismatch).
    if (type) entry.type = type;
    if (!spec.required) entry.default = type === 'boolean' ? spec.default === 'true' : type === 'array' && isMap(previous) ? previous.get('default') : (spec.default ?? '');
    if (spec.options) entry.options = [...spec.options];
    entry.description = spec.description;
    const pair = header.createPair(spec.name, entry);
    const options = (pair.value as YAMLMap).get('options', true) as { flow?: boolean } | undefined;
    if (options) options.flow = true;
    return pair;
  });
  inputs.items = [...TEMPLATE_ONLY.flatMap((name) => old.get(name) ?? []), ...made, ...extra.flatMap((name) => old.get(name) ?? [])];

  const job = body.get('$[[ inputs.job-name ]]') as YAMLMap;
  const variables = job.get('variables') as YAMLMap;
  const others = (variables.items as Pair[]).filter((p) => !keyOf(p).startsWith('MODELGATE_'));
  const ours = shared.map((spec) =>
    body.createPair(`MODELGATE_${spec.name.replace(/-/g, '_').toUpperCase()}`, meta.gitlabExpand?.includes(spec.name) ? `$[[ inputs.${spec.name} ]]` : { value: `$[[ inputs.${spec.name} ]]`, expand: false }),
  );
  variables.items = [...ours, ...others];
  return docs.map((d) => d.toString({ lineWidth: 0, singleQuote: true })).join('');
}
