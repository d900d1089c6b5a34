import { Document, isMap, isSeq, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { inputEnvName } from '../platform/cli-inputs.js';
import type { StepEntry } from './index.js';

const DEFAULT_IMAGE_NOTE = 'Image of the job; it needs Node.js 20 or later with npm, git, and tar.';

/** The heredoc delimiter of the inputs file: a value holding this line alone would end it early. */
export const INPUTS_END = 'MODELGATE_INPUTS_END';

/** The CLI release a component runs: stamped into the templates when the catalog project is made. */
export interface CliStamp {
  /** The npm version, e.g. `1.4.0`. */
  readonly version: string;
  /** The sha256 of the release tarball (`modelgate-<version>.tgz`); empty in this repository's own templates. */
  readonly sha256: string;
  /** The catalog project's path (`group/modelgate`), whose Generic Packages hold the tarball for `cli-from: gitlab`. */
  readonly project: string;
}

/** The oldest GitLab the components run on: CI/CD inputs and the catalog are generally available from 17.0. */
export const MIN_GITLAB = '17.0';

/**
 * `get(url, headers)` for the jobs' inline Node scripts: follows a redirect (GitLab's downloads may go to
 * object storage on another host) without the headers, so the job token goes to GitLab only.
 */
export const FETCH_NO_TOKEN_ON_REDIRECT =
  'const get = (u, headers, hops = 0) => fetch(u, { headers, redirect: "manual" }).then((r) => r.status >= 300 && r.status < 400 && r.headers.get("location") && hops < 5 ? get(new URL(r.headers.get("location"), u), {}, hops + 1) : r);';

const SEMVER = '^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?$';

/** The GitLab type and default of a step input: typed where GitLab can check it (booleans, numbers). */
function typed(spec: StepEntry['specs'][number]): { type?: string; default?: unknown } {
  const type = spec.gitlabType ?? (spec.kind === 'boolean' ? 'boolean' : (spec.kind === 'integer' || spec.kind === 'number') && spec.default !== undefined ? 'number' : undefined);
  // A required input has no default: GitLab refuses a pipeline that leaves it out.
  if (spec.required) return { type };
  const text = spec.default ?? '';
  return { type, default: type === 'boolean' ? text === 'true' : type === 'number' ? Number(text) : text };
}

/**
 * The job's first lines: fetch the pinned release tarball (from npm, or the catalog project's Generic
 * Packages on this GitLab), refuse it unless its sha256 is the stamped one, unpack it. No `npx`: nothing
 * is installed, no package script runs, and the version cannot float.
 */
function bootstrap(): string[] {
  const download = [
    'const [project, version, out] = process.argv.slice(1);',
    'if (!project) { console.error("modelgate: cli-from is gitlab, but cli-project is empty: set it to the path of the catalog project that released modelgate (e.g. group/modelgate)"); process.exit(1); }',
    'const url = `${process.env.CI_API_V4_URL}/projects/${encodeURIComponent(project)}/packages/generic/modelgate/${version}/modelgate-${version}.tgz`;',
    // GitLab may redirect a download to object storage: the job token goes to GitLab only, never to where it points.
    FETCH_NO_TOKEN_ON_REDIRECT,
    'get(url, { "JOB-TOKEN": process.env.CI_JOB_TOKEN || "" }).then(async (r) => {',
    '  if (!r.ok) { console.error(`modelgate: GET ${url} answered ${r.status}: ` + ([401, 403, 404].includes(r.status) ? `either modelgate ${version} was not released to the package registry of ${project} (its release job uploads it), or the CI_JOB_TOKEN of this job may not read it: make ${project} public, or add this project to the job token allowlist of ${project} (Settings > CI/CD > Job token permissions)` : "try again")); process.exit(1); }',
    '  require("fs").writeFileSync(out, Buffer.from(await r.arrayBuffer()));',
    '}, (e) => { console.error(`modelgate: cannot reach ${url}: ${e.cause?.message ?? e.message}`); process.exit(1); });',
  ];
  const verify = [
    'const [file, want] = process.argv.slice(1);',
    'const got = require("crypto").createHash("sha256").update(require("fs").readFileSync(file)).digest("hex");',
    'if (got !== want) { console.error(`modelgate: ${file} has sha256 ${got}, not the ${want} this component pins: it is not run`); process.exit(1); }',
  ];
  return [
    '# The CLI release this component pins, refused unless its sha256 is the stamped one.',
    'set -e',
    "mg_version='$[[ inputs.cli-version ]]' mg_sha256='$[[ inputs.cli-sha256 ]]' mg_from='$[[ inputs.cli-from ]]'",
    'if [ -z "$mg_sha256" ]; then',
    '  echo "modelgate: this component pins no CLI checksum (cli-sha256): it is not a released component. Include it from a catalog project (see its README), or set cli-version and cli-sha256 to those of a release." >&2',
    '  exit 1',
    'fi',
    'mg_cli="$(mktemp -d)"; mg_tgz="$mg_cli/modelgate-$mg_version.tgz"',
    'if [ "$mg_from" = npm ]; then',
    // From the project folder, so that its .npmrc (a mirror, a token) applies; npm's own error stays visible.
    '  npm pack --loglevel=error --no-update-notifier --pack-destination "$mg_cli" "modelgate@$mg_version" >/dev/null ||',
    '    { echo "modelgate: npm could not fetch modelgate@$mg_version from $(npm config get registry); set npm_config_registry to your npm mirror, or cli-from: gitlab" >&2; exit 1; }',
    'else',
    // Node's fetch takes the runner's CA file and (Node 24.5+) HTTPS_PROXY only when told to.
    `  env \${CI_SERVER_TLS_CA_FILE:+"NODE_EXTRA_CA_CERTS=$CI_SERVER_TLS_CA_FILE"} NODE_USE_ENV_PROXY=1 node -e '${download.join('\n  ')}' '$[[ inputs.cli-project ]]' "$mg_version" "$mg_tgz"`,
    'fi',
    `node -e '${verify.join('\n  ')}' "$mg_tgz" "$mg_sha256"`,
    'tar -xzf "$mg_tgz" -C "$mg_cli"',
  ];
}

/**
 * `templates/<id>.yml`, generated whole from the step's declaration: the job's own inputs, the CLI
 * pin (`stamp`), the step's inputs in the declared order and the GitLab-only ones under `spec:inputs`;
 * then a script that runs the pinned CLI with every non-secret input in an inputs file on stdin (a
 * quoted heredoc: no shell expansion, and no CI/CD variable can override it, where a job variable is
 * outranked by every project, group and pipeline variable); secrets stay masked variables.
 */
export function gitlabTemplate(step: StepEntry, stamp: CliStamp): string {
  const { declaration } = step;
  const gitlab = declaration.gitlab;
  if (!gitlab) throw new Error(`${declaration.id} has no GitLab component`);
  const shared = step.specs.filter((i) => i.only !== 'github');
  const required = new Set(gitlab.required ?? []);
  const inputs: Record<string, unknown> = {
    'job-name': { default: declaration.id, description: 'Name of the job this component adds.' },
    stage: { default: gitlab.stage, description: 'Stage of the job.' },
    image: { default: 'node:24', description: gitlab.imageNote ?? DEFAULT_IMAGE_NOTE },
    'cli-version': { default: stamp.version, regex: SEMVER, description: 'The modelgate release the job runs (the one released with this component).' },
    'cli-sha256': {
      default: stamp.sha256,
      regex: '^(?:[0-9a-f]{64})?$',
      description: "The sha256 of that release's tarball (`modelgate-<version>.tgz`); the job refuses any other. Stamped by the release; set it with `cli-version`.",
    },
    'cli-from': {
      default: 'npm',
      options: ['npm', 'gitlab'],
      description:
        "Where the job gets the tarball: `npm` (the npm registry the job's npm is configured with, e.g. `npm_config_registry`) or `gitlab` (the Generic Packages of `cli-project` on this GitLab, read with CI_JOB_TOKEN).",
    },
    'cli-project': {
      default: stamp.project,
      regex: '^(?:[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+)?$',
      description: 'With `cli-from: gitlab`: the catalog project whose package registry holds the release (public, or with this project on its job token allowlist).',
    },
  };
  for (const spec of shared) {
    const { type, default: def } = typed(spec);
    const mustGive = spec.required || required.has(spec.name);
    inputs[spec.name] = {
      ...(type ? { type } : {}),
      ...(mustGive ? {} : { default: def }),
      ...(spec.options ? { options: [...spec.options] } : {}),
      ...(spec.gitlabRegex ? { regex: mustGive ? spec.gitlabRegex.replace(/^\^\(\?:(.*)\)\?\$$/, '^(?:$1)$') : spec.gitlabRegex } : {}),
      description: spec.description,
    };
  }
  for (const [name, extra] of Object.entries(gitlab.inputs ?? {}))
    inputs[name] = { ...(extra.type ? { type: extra.type } : {}), default: extra.default, description: extra.description };

  // No `spec:description`: a GitLab older than that key refuses the whole header, so it is a comment (and the catalog README's).
  const header = new Document({ spec: { inputs } });
  header.commentBefore = ` ${gitlab.description}\n Needs GitLab ${MIN_GITLAB} or later. Generated from src/steps/${declaration.id}/step.ts; edit the declaration, not this file.`;
  for (const pair of (header.getIn(['spec', 'inputs']) as YAMLMap).items as Pair<unknown, YAMLMap>[]) {
    const options = pair.value?.get('options', true);
    if (isSeq(options)) options.flow = true;
    const def = pair.value?.get('default', true);
    if (isSeq(def)) def.flow = true;
  }

  const secrets = shared.filter((s) => s.secret);
  const plain = shared.filter((s) => !s.secret);
  const variables = Object.fromEntries(
    // A secret is given as a masked variable (`$MY_SECRET`): it expands, whatever its kind.
    secrets.map((spec) => [inputEnvName(spec.name), `$[[ inputs.${spec.name} ]]`]),
  );
  const run = [
    ...bootstrap(),
    `node "$mg_cli/package/dist/cli.js" ${declaration.id} --inputs - <<'${INPUTS_END}'`,
    ...plain.flatMap((spec) => [`--- modelgate input: ${spec.name} ---`, `$[[ inputs.${spec.name} ]]`]),
    INPUTS_END,
  ];
  const job = {
    stage: '$[[ inputs.stage ]]',
    image: '$[[ inputs.image ]]',
    ...gitlab.before,
    ...(secrets.length ? { variables } : {}),
    script: [`${run.join('\n')}\n`],
    ...gitlab.job,
  };
  const body = new Document({ '$[[ inputs.job-name ]]': job });
  const [jobPair] = (body.contents as YAMLMap<Scalar, YAMLMap>).items as Pair<Scalar, YAMLMap>[];
  // GitLab's own examples quote the interpolated job name; a plain `$[[` key reads as a flow sequence to some tools.
  jobPair!.key.type = 'QUOTE_DOUBLE';
  const jobMap = jobPair!.value as YAMLMap;
  const expanded = plain.filter((s) => s.gitlabExpand).map((s) => s.name);
  const notes: Record<string, string> = {
    ...(secrets.length ? { variables: 'Secrets stay masked variables (an argument or a file would show them); every other input goes to the CLI in the inputs file below.' } : {}),
    script: `The inputs file is a quoted heredoc: no shell expansion and no CI/CD variable changes a value (a MODELGATE_* variable that contradicts one fails the job)${expanded.length ? `; ${expanded.join(', ')} expand $VARIABLES (e.g. $CI_REGISTRY_IMAGE) in the CLI` : ''}.`,
    ...gitlab.comments,
  };
  for (const pair of jobMap.items as Pair<{ value: string; commentBefore?: string }, unknown>[]) {
    const key = pair.key.value;
    if (notes[key]) pair.key.commentBefore = ` ${notes[key]}`;
    if (isMap(pair.value) && key === 'environment') pair.value.flow = false;
  }
  return [header, body].map((d) => d.toString({ lineWidth: 0, singleQuote: true })).join('---\n');
}
