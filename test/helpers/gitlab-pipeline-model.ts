/**
 * A test-side model of how GitLab *creates* a pipeline from a `.gitlab-ci.yml`: what it rejects, with
 * GitLab's own error texts where known, and which jobs it creates for a given pipeline (merge request,
 * default branch, tag). gitlab-ci-local runs jobs, but it accepts pipelines GitLab rejects (a `needs`
 * on a job the rules left out, a component input of the wrong type, ...) and builds some differently
 * (jobs without rules in merge request pipelines), so every pipeline we ship is also checked here.
 *
 * The model follows GitLab's documentation (each rule cites its page) and, where the docs are silent,
 * GitLab's source (gitlab-org/gitlab, lib/gitlab/ci/...), in the order GitLab applies them:
 *
 *   1. load: YAML 1.1 (Psych), anchors, merge keys, `!reference`, the `spec:` header of a file;
 *   2. `include:` (local, component), each file's inputs interpolated before the merge;
 *   3. `extends:`, then `!reference` tags, then `.pre`/`.post` added to the stages;
 *   4. config validation (entry errors: `jobs:x:environment name can't be blank`, ...);
 *   5. logical validation (Gitlab::Ci::YamlProcessor: stages, needs and dependencies order);
 *   6. `workflow:rules` ("Pipeline filtered out by workflow rules.");
 *   7. seeding: each job's `rules` / `only` / `except`, then `needs` of the created jobs;
 *   8. a pipeline without a job outside `.pre`/`.post` is not created.
 *
 * GitLab stops at the first failing step; so does the model. Within step 5 GitLab reports only the
 * first error (it raises); the model reports them all, in GitLab's order, so that one test run shows
 * every problem. Size limits (needs per job, includes per pipeline, ...) are not modelled.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parseAllDocuments, Scalar, YAMLSeq } from 'yaml';

// ---------------------------------------------------------------------------------------------------
// Public interface
// ---------------------------------------------------------------------------------------------------

/**
 * The pipeline's CI/CD variables. `variables` are GitLab's predefined variables (CI_PIPELINE_SOURCE,
 * CI_COMMIT_BRANCH, CI_DEFAULT_BRANCH, CI_COMMIT_TAG, CI_MERGE_REQUEST_IID, CI_SERVER_FQDN, ...): they
 * have the lowest precedence, below the `.gitlab-ci.yml` variables. `projectVariables` (project,
 * group, instance or pipeline variables) win over `.gitlab-ci.yml` variables.
 * https://docs.gitlab.com/ci/variables/#cicd-variable-precedence
 */
export interface PipelineContext {
  variables: Record<string, string>;
  projectVariables?: Record<string, string>;
}

export interface ModelNeed {
  job: string;
  optional: boolean;
  artifacts: boolean;
}

export interface ModelJob {
  name: string;
  stage: string;
  /** on_success, manual, always, on_failure, delayed: from the matching rule, else the job's `when`. */
  when: string;
  allowFailure: boolean;
  /**
   * The job's needs in this pipeline (the matching rule's `needs` when it has some), without
   * `needs:pipeline` and `needs:project` ones. `[]` both for `needs: []` (starts at once) and for no
   * `needs` (waits for the earlier stages): `raw.needs` tells them apart.
   */
  needs: ModelNeed[];
  environment?: { name: string; action?: string };
  resourceGroup?: string;
  /** Runner tags after `default:` inheritance and variable expansion: `[gpu]` waits for a GPU runner. */
  tags: string[];
  /** `before_script` is not included; nested arrays (from `!reference`) are flattened. */
  script: string[];
  /** Global variables the job inherits, its own, then the matching rule's (later wins). */
  variables: Record<string, unknown>;
  /** The job's final configuration: after include, extends, `!reference` and `default:`. */
  raw: Record<string, unknown>;
}

export interface ModelPipeline {
  /** False when the config is invalid, `workflow:rules` reject the pipeline, or no job is left. */
  created: boolean;
  /** The jobs GitLab creates, in configuration order. */
  jobs: Map<string, ModelJob>;
  /** The pipeline's stages, `.pre` and `.post` included, in order (stages without jobs too). */
  stages: string[];
  /** GitLab's error texts where known, e.g. "'compare' job needs 'train' job, but 'train' is not in any previous stage". */
  errors: string[];
  /**
   * What GitLab accepts silently but is likely a mistake (an empty `resource_group`, a leftover
   * `$[[ ... ]]`), and where the model assumed something (`rules:changes` treated as matching).
   */
  warnings: string[];
}

export interface CreatePipelineOptions {
  /** Path of the `.gitlab-ci.yml`. */
  file: string;
  /** The project's root: `include:local` paths and `rules:exists` globs are relative to it. */
  projectDir: string;
  /**
   * Text of the component template for an `include:component` address, after variable expansion
   * (`gitlab.example.com/group/modelgate/compare-metrics@1.0.0`); throws if unknown.
   */
  components: (address: string) => string;
  context: PipelineContext;
  /**
   * How component input values are type-checked. `strict` (default): a number given to a string input
   * is "`x` input: provided value is not a string", as GitLab 16.x-18.x and the docs say. `coerce`:
   * newer GitLab (Ci::Inputs::StringInput#coerced_value) turns any value into a string for a string input
   * and JSON-parses strings given to number, boolean and array inputs. Strict rejects a superset.
   */
  inputTypes?: 'strict' | 'coerce';
  /**
   * Which `$[[ component.* ]]` fields a template may use. `declared` (default, GitLab 18.6+): only those
   * listed in its `spec:component` (name, sha, version, reference). `all`: every field.
   */
  componentContext?: 'declared' | 'all';
  /**
   * `$[[ component.version ]]` for an address: GitLab resolves `@1`, `@1.2`, `@~latest` to the newest
   * matching release and gives null for a branch or SHA. Default: the written version when it is a
   * full `x.y.z`, else null.
   */
  componentVersion?: (address: string) => string | null;
  /** Pipeline inputs, for a `.gitlab-ci.yml` that has a `spec:inputs` header. */
  inputs?: Record<string, unknown>;
}

const FQDN = 'gitlab.example.com';
const PROJECT_PATH = 'group/project';

function baseVariables(): Record<string, string> {
  return {
    CI: 'true',
    GITLAB_CI: 'true',
    CI_SERVER_FQDN: FQDN,
    CI_SERVER_HOST: FQDN,
    CI_SERVER_URL: `https://${FQDN}`,
    CI_PROJECT_PATH: PROJECT_PATH,
    CI_PROJECT_NAME: 'project',
    CI_PROJECT_NAMESPACE: 'group',
    CI_PROJECT_DIR: '/builds/group/project',
    CI_REGISTRY: `registry.${FQDN}`,
    CI_REGISTRY_IMAGE: `registry.${FQDN}/${PROJECT_PATH}`,
    CI_DEFAULT_BRANCH: 'main',
    CI_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
    CI_COMMIT_SHORT_SHA: '01234567',
    CI_PIPELINE_ID: '1000',
    CI_PIPELINE_IID: '10',
  };
}

/**
 * A merge request pipeline (`CI_PIPELINE_SOURCE=merge_request_event`): the MR variables are set, and
 * `CI_COMMIT_BRANCH` and `CI_COMMIT_TAG` are absent, as GitLab leaves them out of MR pipelines.
 * https://docs.gitlab.com/ci/variables/predefined_variables/#predefined-variables-for-merge-request-pipelines
 */
export const mergeRequestPipeline = (extra: Record<string, string> = {}): PipelineContext => ({
  variables: {
    ...baseVariables(),
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_COMMIT_REF_NAME: 'feature',
    CI_COMMIT_REF_SLUG: 'feature',
    CI_MERGE_REQUEST_ID: '500',
    CI_MERGE_REQUEST_IID: '5',
    CI_MERGE_REQUEST_EVENT_TYPE: 'detached',
    CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature',
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_MERGE_REQUEST_PROJECT_PATH: PROJECT_PATH,
    CI_MERGE_REQUEST_DIFF_BASE_SHA: 'fedcba9876543210fedcba9876543210fedcba98',
    CI_MERGE_REQUEST_TITLE: 'A change',
    ...extra,
  },
});

/** A push to the default branch `main` (a branch pipeline, `CI_PIPELINE_SOURCE=push`). */
export const defaultBranchPipeline = (extra: Record<string, string> = {}): PipelineContext => ({
  variables: {
    ...baseVariables(),
    CI_PIPELINE_SOURCE: 'push',
    CI_COMMIT_BRANCH: 'main',
    CI_COMMIT_REF_NAME: 'main',
    CI_COMMIT_REF_SLUG: 'main',
    CI_COMMIT_REF_PROTECTED: 'true',
    ...extra,
  },
});

/** A tag pipeline: `CI_COMMIT_TAG` is set and `CI_COMMIT_BRANCH` is absent. */
export const tagPipeline = (tag: string, extra: Record<string, string> = {}): PipelineContext => ({
  variables: {
    ...baseVariables(),
    CI_PIPELINE_SOURCE: 'push',
    CI_COMMIT_TAG: tag,
    CI_COMMIT_REF_NAME: tag,
    CI_COMMIT_REF_SLUG: tag.toLowerCase().replace(/[^a-z0-9]/g, '-'),
    ...extra,
  },
});

// ---------------------------------------------------------------------------------------------------
// YAML
// ---------------------------------------------------------------------------------------------------

type Hash = Record<string, unknown>;

/** A `!reference [.job, key]` tag, resolved after `include` and `extends`. https://docs.gitlab.com/ci/yaml/yaml_optimization/#reference-tags */
class ReferenceTag {
  constructor(readonly path: string[]) {}
}

/** Thrown for an error that stops pipeline creation at once. */
class ConfigError extends Error {}

function isHash(value: unknown): value is Hash {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof ReferenceTag);
}

/**
 * YAML as GitLab's Psych (safe_load) reads it: YAML 1.1 with `<<` merge keys and anchors. Where the
 * yaml package's 1.1 schema differs from Psych's scalar scanner, Psych wins: booleans are only
 * yes/no/true/false/on/off in any case (`y` and `n` are strings); a float needs a dot (`1e3` is a
 * string, `.` too); a date or time is an error (safe_load does not permit Date). Duplicate keys: the
 * last one wins.
 */
const psychBool = {
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:yes|true|on|no|false|off)$/i,
  resolve: (text: string) => /^(?:yes|true|on)$/i.test(text),
  default: true,
};
const psychFloat = {
  tag: 'tag:yaml.org,2002:float',
  test: /^[-+]?(?:[0-9][0-9_,]*)?\.[0-9]*(?:[eE][-+][0-9]+)?$/,
  resolve: (text: string) => (/^[-+]?\.$/.test(text) ? text : Number(text.replace(/[_,]/g, '').replace(/\.(?=[eE]|$)/, ''))),
  default: true,
};
const psychTimestamp = {
  tag: 'tag:yaml.org,2002:timestamp',
  test: /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
  resolve: (text: string, onError: (message: string) => void) => {
    onError(`Tried to load unspecified class: Date (${text}; quote it)`);
    return text;
  },
  default: true,
};
const REPLACED_TAGS = ['tag:yaml.org,2002:bool', 'tag:yaml.org,2002:timestamp'];

const referenceTag = {
  tag: '!reference',
  collection: 'seq' as const,
  resolve(seq: unknown) {
    const items = seq instanceof YAMLSeq ? (seq.items as unknown[]) : [];
    return new ReferenceTag(items.map((item) => String(item instanceof Scalar ? item.value : item)));
  },
};

function parseYaml(text: string, location: string): unknown[] {
  const docs = parseAllDocuments(text, {
    version: '1.1',
    merge: true,
    uniqueKeys: false,
    customTags: (tags) =>
      [
        ...tags.filter((tag) => {
          const { tag: name, format, test } = tag as { tag?: string; format?: string; test?: RegExp };
          // The float tags but `.inf`/`.nan` (no test for a dot) and the sexagesimal one are replaced.
          return !REPLACED_TAGS.includes(name ?? '') && !(name === 'tag:yaml.org,2002:float' && format !== 'TIME' && !String(test).includes('inf'));
        }),
        psychBool,
        psychFloat,
        psychTimestamp,
        referenceTag,
      ] as typeof tags,
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: unknown[] = [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) throw new ConfigError(`${location}: ${error.message.split('\n')[0]}`);
    out.push(doc.toJS({ maxAliasCount: -1 }));
  }
  return out;
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (!isHash(base) || !isHash(over)) return over;
  const out: Hash = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = key in out ? deepMerge(out[key], value) : value;
  return out;
}

/** Ruby's `to_s` of an interpolated value (an array or a hash reads as Ruby's `inspect`). */
function rubyToS(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return rubyInspect(value);
}

function rubyInspect(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(rubyInspect).join(', ')}]`;
  if (isHash(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)} => ${rubyInspect(v)}`)
      .join(', ')}}`;
  return String(value);
}

// ---------------------------------------------------------------------------------------------------
// spec:inputs and interpolation
// https://docs.gitlab.com/ci/inputs/  https://docs.gitlab.com/ci/components/
// ---------------------------------------------------------------------------------------------------

interface InterpolationContext {
  inputs: Hash;
  component: Hash;
  variables: Record<string, string>;
}

const INPUT_TYPES = ['array', 'boolean', 'number', 'string'];
const INPUT_SPEC_KEYS = ['default', 'description', 'options', 'regex', 'type', 'rules'];
const SPEC_KEYS = ['inputs', 'include', 'component', 'description'];
const COMPONENT_FIELDS = ['name', 'sha', 'version', 'reference'];

/** Ruby `Gitlab::Json.parse` of a value given to a non-string input in `coerce` mode. */
function jsonCoerce(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function typeName(type: string): string {
  return type === 'array' ? 'an array' : `a ${type}`;
}

function matchesType(type: string, value: unknown): boolean {
  if (type === 'string') return typeof value === 'string';
  if (type === 'number') return typeof value === 'number';
  if (type === 'boolean') return typeof value === 'boolean';
  return Array.isArray(value);
}

/** A RE2 pattern (`spec:inputs:regex`, `rules:if` literals) as a JavaScript RegExp; null if invalid. */
function re2(source: string, flags = ''): RegExp | null {
  try {
    return new RegExp(source.replace(/\\A/g, '^').replace(/\\[zZ]/g, '$'), flags);
  } catch {
    return null;
  }
}

/**
 * Validates the `spec:inputs` of a file against the `include:inputs` given, and returns the values.
 * Errors are GitLab's (Gitlab::Ci::Config::Interpolation::Inputs, Ci::Inputs::*Input):
 * "unknown input arguments: x", "`x` input: required value has not been provided",
 * "`x` input: provided value is not a string", "`x` input: `v` cannot be used because it is not in the
 * list of allowed options", "`x` input: provided value does not match required RegEx pattern".
 * https://docs.gitlab.com/ci/inputs/#define-input-parameters-with-specinputs
 */
function resolveInputs(specs: Hash, given: Hash, mode: 'strict' | 'coerce'): { values: Hash; errors: string[] } {
  const errors: string[] = [];
  const values: Hash = {};
  const unknown = Object.keys(given).filter((name) => !(name in specs));
  for (const [name, rawSpec] of Object.entries(specs)) {
    const spec: Hash = rawSpec === null || rawSpec === undefined ? {} : isHash(rawSpec) ? rawSpec : { __invalid: true };
    const type = spec.type === undefined ? 'string' : String(spec.type);
    if (spec.__invalid || !INPUT_TYPES.includes(type)) {
      errors.push(`unknown input specification for \`${name}\` (valid types: ${INPUT_TYPES.join(', ')})`);
      continue;
    }
    const inputErrors: string[] = [];
    const error = (message: string) => inputErrors.push(`\`${name}\` input: ${message}`);
    const required = !('default' in spec);
    const param = given[name];
    const coerce = (value: unknown): unknown => {
      if (mode === 'strict' || value === null || value === undefined) return value;
      return type === 'string' ? rubyToS(value) : jsonCoerce(value);
    };
    const validate = (rawValue: unknown, isDefault: boolean) => {
      const value = coerce(rawValue);
      const which = isDefault ? 'default' : 'provided';
      // A `default: null` input has no value: nothing to check.
      if (value === null || value === undefined) return;
      if (!matchesType(type, value)) error(`${which} value is not ${typeName(type)}`);
      const options = spec.options;
      if (options !== undefined) {
        if (type !== 'string' && type !== 'number') error('Options can only be used with string and number inputs');
        else if (Array.isArray(options) && !(type === 'string' && mode === 'coerce' ? options.map(rubyToS) : options).includes(value)) {
          error(`\`${rubyToS(value)}\` cannot be used because it is not in the list of ${type === 'number' ? 'the ' : ''}allowed options`);
        }
      }
      if ('regex' in spec) {
        if (type !== 'string') error('RegEx validation can only be used with string inputs');
        else if (typeof value === 'string') {
          const pattern = re2(String(spec.regex));
          if (!pattern) error('invalid regular expression');
          else if (!pattern.test(value) && !(mode === 'coerce' && value === '')) error(`${which} value does not match required RegEx pattern`);
        }
      }
    };
    if (required && (param === undefined || param === null)) error('required value has not been provided');
    else {
      if (!required) validate(spec.default, true);
      if (param !== undefined && param !== null) validate(param, false);
    }
    errors.push(...inputErrors);
    values[name] = coerce(param !== undefined && param !== null ? param : spec.default);
  }
  if (unknown.length) errors.unshift(`unknown input arguments: ${unknown.join(', ')}`);
  return { values, errors };
}

/** Ruby's `Shellwords.shellescape`, which GitLab's `posix_quote` calls: backslashes, not single quotes. */
export function shellescape(value: string): string {
  if (value === '') return "''";
  return value.replace(/[^A-Za-z0-9_\-.,:+/@\n]/g, '\\$&').replace(/\n/g, "'\n'");
}

/** `$VAR`, `${VAR}` and `%VAR%` replaced where VAR exists; others left as written (ExpandVariables.expand_existing). */
function expandExisting(text: string, variables: Record<string, string>): string {
  return text.replace(/\$([a-zA-Z_][a-zA-Z0-9_]*)|\$\{([a-zA-Z_][a-zA-Z0-9_]*)\}|%([a-zA-Z_][a-zA-Z0-9_]*)%/g, (match, a?: string, b?: string, c?: string) => {
    const name = a ?? b ?? c ?? '';
    return Object.hasOwn(variables, name) ? (variables[name] ?? '') : match;
  });
}

const BLOCK = /\$\[\[\s*(\S.*?\S)\s*\]\]/g;

/**
 * One `$[[ access | function | ... ]]` block: `inputs.x` or `component.x`, then up to three of
 * `expand_vars`, `truncate(offset,length)`, `posix_quote`.
 * https://docs.gitlab.com/ci/inputs/#specify-functions-to-manipulate-input-values
 */
function evaluateBlock(data: string, ctx: InterpolationContext): unknown {
  const [access = '', ...functions] = data.split('|').map((part) => part.trim());
  if (functions.length > 3) throw new ConfigError('too many functions in interpolation block');
  const objects = access.split('.');
  if (objects.length < 2) throw new ConfigError('invalid pattern used for interpolation. valid pattern is $[[ inputs.input ]]');
  let value: unknown = { inputs: ctx.inputs, component: ctx.component };
  for (const key of objects) {
    if (!isHash(value) || !Object.hasOwn(value, key)) throw new ConfigError(`unknown interpolation provided: \`${key}\` in \`${access}\``);
    value = value[key];
  }
  for (const fn of functions) {
    const truncate = /^truncate\(\s*(\d+)\s*,\s*(\d+)\s*\)?$/.exec(fn);
    if (fn === 'expand_vars') {
      if (typeof value !== 'string') throw new ConfigError('invalid input type: expand_vars can only be used with string inputs');
      value = expandExisting(value, ctx.variables);
    } else if (truncate) {
      if (typeof value !== 'string') throw new ConfigError('invalid input type: truncate can only be used with string inputs');
      const offset = Number(truncate[1]);
      value = value.slice(offset, offset + Number(truncate[2]));
    } else if (fn === 'posix_quote') {
      if (typeof value !== 'string') throw new ConfigError('invalid input type: posix_quote can only be used with string inputs');
      value = shellescape(value);
    } else {
      throw new ConfigError(`no function matching \`${fn}\`: check that the function name, arguments, and types are correct`);
    }
  }
  return value;
}

/**
 * Interpolation on the parsed YAML (Gitlab::Ci::Config::Interpolation::Template): every string, keys
 * included, once. A string that is exactly one block takes the input's typed value (an array, a
 * number); otherwise each block is replaced by the value's text, so a multi-line value stays inside
 * its one YAML string. What a value brings in is not interpolated again.
 */
function interpolate(node: unknown, ctx: InterpolationContext): unknown {
  if (typeof node === 'string') {
    if (!node.includes('$[[')) return node;
    const matches = [...node.matchAll(BLOCK)];
    if (!matches.length) return node;
    const first = matches[0];
    if (matches.length === 1 && first && first[0].length === node.length) return evaluateBlock(first[1] ?? '', ctx);
    const values = new Map<string, string>();
    for (const match of matches) if (!values.has(match[0])) values.set(match[0], rubyToS(evaluateBlock(match[1] ?? '', ctx)));
    return node.replace(BLOCK, (block) => values.get(block) ?? block);
  }
  if (Array.isArray(node)) return node.map((item) => interpolate(item, ctx));
  if (isHash(node)) {
    const out: Hash = {};
    for (const [key, value] of Object.entries(node)) out[rubyToS(interpolate(key, ctx))] = interpolate(value, ctx);
    return out;
  }
  return node;
}

function findLeftoverBlocks(node: unknown, path: string, found: string[]): void {
  if (typeof node === 'string') {
    if (node.includes('$[[')) found.push(`${path}: ${node.length > 120 ? `${node.slice(0, 117)}...` : node}`);
  } else if (Array.isArray(node)) node.forEach((item, i) => findLeftoverBlocks(item, `${path}[${i}]`, found));
  else if (isHash(node)) for (const [key, value] of Object.entries(node)) findLeftoverBlocks(value, path ? `${path}:${key}` : key, found);
}

interface LoadedFile {
  content: Hash;
  warnings: string[];
}

/**
 * Loads one configuration file: a `spec:` header, `---`, then the body. The header is only a header
 * when it is the first of two or more documents. Errors carry the file's location, as GitLab's do
 * ("`templates/x.yml`: unknown interpolation provided: `suite` in `inputs.suite`").
 */
function loadFile(
  text: string,
  location: string,
  given: Hash | undefined,
  options: Required<Pick<CreatePipelineOptions, 'inputTypes' | 'componentContext'>>,
  component: Hash | undefined,
  variables: Record<string, string>,
): LoadedFile {
  const warnings: string[] = [];
  const docs = parseYaml(text, location);
  const hasHeader = docs.length > 1 && isHash(docs[0]) && 'spec' in docs[0];
  const header = hasHeader ? (docs[0] as Hash).spec : undefined;
  let content = hasHeader ? docs[1] : docs[0];
  if (content === null || content === undefined) content = {};
  if (!isHash(content)) throw new ConfigError(`${location}: Invalid configuration format`);
  if (!hasHeader) {
    if (given && Object.keys(given).length) throw new ConfigError(`\`${location}\`: Given inputs not defined in the \`spec\` section of the included configuration file`);
    return { content, warnings };
  }
  const spec: Hash = isHash(header) ? header : {};
  const errors: string[] = [];
  const unknownKeys = Object.keys(spec).filter((key) => !SPEC_KEYS.includes(key));
  if (unknownKeys.length) errors.push(`header:spec config contains unknown keys: ${unknownKeys.join(', ')}`);
  // https://docs.gitlab.com/ci/yaml/#specdescription : a string of at most 256 characters.
  if ('description' in spec && (typeof spec.description !== 'string' || spec.description.length > 256)) {
    errors.push(typeof spec.description !== 'string' ? 'header:spec description should be a string' : 'header:spec description is too long (maximum is 256 characters)');
  }
  const declared = spec.component ?? [];
  if (!Array.isArray(declared) || declared.some((field) => !COMPONENT_FIELDS.includes(String(field))))
    errors.push(`header:spec:component config must be one of: ${COMPONENT_FIELDS.join(', ')}`);
  const specInputs = spec.inputs === undefined || spec.inputs === null ? {} : spec.inputs;
  if (!isHash(specInputs)) errors.push('header:spec:inputs config should be a hash');
  else
    for (const [name, inputSpec] of Object.entries(specInputs)) {
      if (!isHash(inputSpec)) continue;
      const unknown = Object.keys(inputSpec).filter((key) => !INPUT_SPEC_KEYS.includes(key));
      if (unknown.length) errors.push(`header:spec:inputs:${name} config contains unknown keys: ${unknown.join(', ')}`);
    }
  if (errors.length) throw new ConfigError(`\`${location}\`: ${errors.join(', ')}`);
  const { values, errors: inputErrors } = resolveInputs(specInputs as Hash, given ?? {}, options.inputTypes);
  if (inputErrors.length) throw new ConfigError(`\`${location}\`: ${inputErrors.join(', ')}`);
  // The fields a template may read: those its `spec:component` lists (any other is "unknown
  // interpolation provided: `version` in `component.version`"); none outside a component.
  const componentCtx: Hash = {};
  for (const [key, value] of Object.entries(component ?? {}))
    if (options.componentContext === 'all' || (Array.isArray(declared) && declared.includes(key))) componentCtx[key] = value;
  // `$[[ component.* ]]` in an input's default is not interpolated: the default goes in as written
  // (gitlab-org/gitlab#601160). The leftover block is reported below.
  try {
    content = interpolate(content, { inputs: values, component: componentCtx, variables });
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`\`${location}\`: ${error.message}`);
    throw error;
  }
  const leftovers: string[] = [];
  findLeftoverBlocks(content, '', leftovers);
  for (const leftover of leftovers)
    warnings.push(`\`${location}\`: an interpolation block is left in the configuration as text (GitLab interpolates once, and not in input defaults): ${leftover}`);
  return { content: content as Hash, warnings };
}

// ---------------------------------------------------------------------------------------------------
// CI/CD expressions: rules:if, only:variables
// https://docs.gitlab.com/ci/jobs/job_rules/#cicd-variable-expressions
// ---------------------------------------------------------------------------------------------------

type ExprValue = string | null | boolean | { pattern: RegExp };
type Token = { kind: 'var' | 'string' | 'pattern' | 'null' | 'op' | '(' | ')'; value: string };
type Node = { kind: 'leaf'; token: Token } | { kind: 'op'; op: string; left: Node; right: Node };

/** A config error too: an invalid `if:` stops pipeline creation like any other. */
class ExpressionSyntaxError extends ConfigError {}

/** Lexemes of Gitlab::Ci::Pipeline::Expression::Lexer; `/pattern/flags` as in Lexeme::Pattern. */
function lex(expression: string): Token[] {
  const tokens: Token[] = [];
  let rest = expression;
  const rules: [RegExp, Token['kind']][] = [
    [/^\$\{(\w+)\}/, 'var'],
    [/^\$(\w+)/, 'var'],
    [/^"([^"]*)"/, 'string'],
    [/^'([^']*)'/, 'string'],
    [/^(\/(?:[^/]|\\\/)+[^\\]\/[ismU]*)/, 'pattern'],
    [/^(null)\b/, 'null'],
    [/^(==|!=|=~|!~|&&|\|\|)/, 'op'],
    [/^(\()/, '('],
    [/^(\))/, ')'],
  ];
  while ((rest = rest.replace(/^\s+/, ''))) {
    let matched = false;
    for (const [pattern, kind] of rules) {
      const match = pattern.exec(rest);
      if (!match) continue;
      // Lexeme::Pattern checks the regexp when it reads it: an invalid one is a syntax error.
      if (kind === 'pattern' && !rubyRegexp(match[1] ?? '')) throw new ExpressionSyntaxError('Invalid regular expression!');
      tokens.push({ kind, value: match[1] ?? '' });
      rest = rest.slice(match[0].length);
      matched = true;
      break;
    }
    if (!matched) throw new ExpressionSyntaxError(`invalid expression syntax near ${rest}`);
  }
  return tokens;
}

const PRECEDENCE: Record<string, number> = { '||': 1, '&&': 2, '==': 3, '!=': 3, '=~': 3, '!~': 3 };

function parseExpression(expression: string): Node {
  const tokens = lex(expression);
  let at = 0;
  const primary = (): Node => {
    const token = tokens[at++];
    if (!token) throw new ExpressionSyntaxError('unexpected end');
    if (token.kind === '(') {
      const inner = binary(0);
      if (tokens[at++]?.kind !== ')') throw new ExpressionSyntaxError('unbalanced parentheses');
      return inner;
    }
    if (token.kind === 'op' || token.kind === ')') throw new ExpressionSyntaxError(`unexpected ${token.value}`);
    return { kind: 'leaf', token };
  };
  const binary = (min: number): Node => {
    let left = primary();
    for (;;) {
      const token = tokens[at];
      if (!token || token.kind !== 'op') break;
      const precedence = PRECEDENCE[token.value] ?? 0;
      if (precedence <= min) break;
      at++;
      left = { kind: 'op', op: token.value, left, right: binary(precedence) };
    }
    return left;
  };
  const node = binary(0);
  if (at !== tokens.length) throw new ExpressionSyntaxError('trailing tokens');
  return node;
}

/** A Ruby-syntax regexp literal (`/x/i`) as a JavaScript RegExp (Gitlab::UntrustedRegexp::RubySyntax). */
function rubyRegexp(literal: string): RegExp | null {
  const match = /^\/(.*)\/([ismU]*)$/s.exec(literal);
  if (!match) return null;
  let source = (match[1] ?? '').replace(/\\\//g, '/');
  const rubyFlags = match[2] ?? '';
  if (rubyFlags.includes('x')) source = source.replace(/\\\s|\s+|#[^\n]*/g, (m) => (m.startsWith('\\') ? m : ''));
  return re2(source, (rubyFlags.includes('i') ? 'i' : '') + (rubyFlags.includes('m') ? 's' : ''));
}

function rubyTruthy(value: ExprValue): boolean {
  return value !== null && value !== false;
}

function evaluateNode(node: Node, variables: Record<string, string>): ExprValue {
  if (node.kind === 'leaf') {
    const { kind, value } = node.token;
    if (kind === 'var') return Object.hasOwn(variables, value) ? (variables[value] ?? null) : null;
    if (kind === 'string') return value;
    if (kind === 'null') return null;
    const pattern = rubyRegexp(value);
    if (!pattern) throw new ExpressionSyntaxError('Invalid regular expression!');
    return { pattern };
  }
  const left = evaluateNode(node.left, variables);
  const right = evaluateNode(node.right, variables);
  const same = (a: ExprValue, b: ExprValue) => (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null ? a.pattern.source === b.pattern.source : a === b);
  // `=~` with a variable on the right: its value is read as a /pattern/; a value that is no pattern
  // is searched for as text (String#scan). A missing left side is the empty string.
  const matches = (text: ExprValue, pattern: ExprValue): boolean => {
    const subject = text === null ? '' : typeof text === 'object' ? `/${text.pattern.source}/` : String(text);
    if (typeof pattern === 'object' && pattern !== null) return pattern.pattern.test(subject);
    const regexp = rubyRegexp(String(pattern));
    return regexp ? regexp.test(subject) : String(pattern).includes(subject);
  };
  switch (node.op) {
    case '==':
      return same(left, right);
    case '!=':
      return !same(left, right);
    case '=~':
      return rubyTruthy(right) ? matches(left, right) : false;
    case '!~':
      return rubyTruthy(right) ? !matches(left, right) : true;
    case '&&':
      return rubyTruthy(left) ? right : left;
    default:
      return rubyTruthy(left) ? left : right;
  }
}

/**
 * Evaluates a `rules:if` / `only:variables` expression: `==`, `!=`, `=~`, `!~`, `&&` (before `||`),
 * parentheses, `$VAR` (true when defined and not blank), `null`, quoted strings, `/regex/flags`.
 * `&&` and `||` keep Ruby's semantics (they return an operand; only nil is false before the end).
 * https://docs.gitlab.com/ci/jobs/job_rules/#cicd-variable-expressions
 */
export function evaluateExpression(expression: string, variables: Record<string, string>): boolean {
  const value = evaluateNode(parseExpression(expression), variables);
  if (value === null || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

function validExpression(expression: unknown): boolean {
  if (typeof expression !== 'string') return false;
  try {
    parseExpression(expression);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// Configuration: keywords
// https://docs.gitlab.com/ci/yaml/
// ---------------------------------------------------------------------------------------------------

const GLOBAL_KEYWORDS = ['default', 'include', 'before_script', 'image', 'services', 'after_script', 'variables', 'stages', 'cache', 'workflow'];
/** https://docs.gitlab.com/ci/yaml/#default */
const DEFAULT_KEYS = ['after_script', 'artifacts', 'before_script', 'cache', 'hooks', 'id_tokens', 'image', 'interruptible', 'retry', 'services', 'tags', 'timeout'];
const DEPRECATED_GLOBAL_DEFAULTS = ['image', 'services', 'before_script', 'after_script', 'cache'];
const PROCESSABLE_KEYS = [
  'extends',
  'stage',
  'only',
  'except',
  'rules',
  'variables',
  'inherit',
  'allow_failure',
  'when',
  'needs',
  'resource_group',
  'environment',
  'interruptible',
];
const JOB_KEYS = [
  ...PROCESSABLE_KEYS,
  'tags',
  'script',
  'run',
  'type',
  'image',
  'services',
  'start_in',
  'artifacts',
  'cache',
  'dependencies',
  'before_script',
  'after_script',
  'hooks',
  'coverage',
  'retry',
  'parallel',
  'timeout',
  'release',
  'id_tokens',
  'publish',
  'pages',
  'manual_confirmation',
  'inputs',
  'secrets',
  'dast_configuration',
  'identity',
  'trigger',
  'environment',
];
const BRIDGE_KEYS = [...PROCESSABLE_KEYS, 'trigger', 'needs', 'parallel', 'inputs'];
/** https://docs.gitlab.com/ci/yaml/#when */
const JOB_WHEN = ['on_success', 'on_failure', 'always', 'manual', 'delayed'];
/** https://docs.gitlab.com/ci/yaml/#rules */
const RULE_KEYS = ['if', 'changes', 'exists', 'when', 'start_in', 'allow_failure', 'variables', 'needs', 'interruptible'];
const RULE_WHEN = ['on_success', 'on_failure', 'always', 'never', 'manual', 'delayed'];
/** https://docs.gitlab.com/ci/yaml/workflow/ */
const WORKFLOW_RULE_KEYS = ['if', 'changes', 'exists', 'when', 'variables', 'auto_cancel'];
const WORKFLOW_WHEN = ['always', 'never'];
/** https://docs.gitlab.com/ci/yaml/#stages : the default stages; `.pre` and `.post` are always there. */
const DEFAULT_STAGES = ['build', 'test', 'deploy'];
/**
 * Environment names and resource group keys (Gitlab::Regex.environment_name_regex): "letters, digits,
 * '-', '_', '/', '$', '{', '}', '.', and spaces, but it cannot start or end with '/'".
 * https://docs.gitlab.com/ci/yaml/#environmentname https://docs.gitlab.com/ci/yaml/#resource_group
 */
const ENVIRONMENT_NAME = /^[a-zA-Z0-9_${}. -]([a-zA-Z0-9_/${}. -]*[a-zA-Z0-9_${}. -])?$/;
const ENVIRONMENT_NAME_MESSAGE = "can contain only letters, digits, '-', '_', '/', '$', '{', '}', '.', and spaces, but it cannot start or end with '/'";

function flatten(value: unknown, depth = 0): unknown[] {
  if (!Array.isArray(value)) return [value];
  return value.flatMap((item) => (Array.isArray(item) && depth < 10 ? flatten(item, depth + 1) : [item]));
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isNestedStrings(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return true;
  return Array.isArray(value) && depth <= 10 && value.every((item) => isNestedStrings(item, depth + 1));
}

/** A variable's value as a string: `KEY: value` or `KEY: {value: ..., expand: ..., description: ...}`. */
function variableValue(value: unknown): string {
  if (isHash(value)) return value.value === undefined || value.value === null ? '' : rubyToS(value.value);
  return rubyToS(value);
}

function variableStrings(variables: Hash): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) out[name] = variableValue(value);
  return out;
}

interface NormalizedNeed extends ModelNeed {
  /** `needs:pipeline` (a parent pipeline's job) or `needs:project` (another project's): not a need of this pipeline's DAG. */
  external: boolean;
}

function normalizeNeeds(needs: unknown): NormalizedNeed[] | undefined {
  if (needs === undefined || needs === null) return undefined;
  return flatten(needs).flatMap((need): NormalizedNeed[] => {
    if (typeof need === 'string') return [{ job: need, optional: false, artifacts: true, external: false }];
    if (!isHash(need)) return [];
    return [
      {
        job: String(need.job ?? ''),
        optional: need.optional === true,
        artifacts: need.artifacts !== false,
        external: 'pipeline' in need || 'project' in need,
      },
    ];
  });
}

// ---------------------------------------------------------------------------------------------------
// Pipeline creation
// ---------------------------------------------------------------------------------------------------

interface Policy {
  refs?: string[];
  variables?: string[];
  changes?: unknown;
}

interface ConfigJob {
  name: string;
  config: Hash;
  stage: string;
  bridge: boolean;
  needs?: NormalizedNeed[];
  /** Global variables the job inherits, then its own. */
  variables: Hash;
}

class Model {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  private files: string[] | undefined;

  constructor(private readonly options: CreatePipelineOptions) {}

  private get variables(): Record<string, string> {
    return { ...this.options.context.variables, ...(this.options.context.projectVariables ?? {}) };
  }

  private warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  // --- include ------------------------------------------------------------------------------------

  /**
   * Resolves `include:` recursively. Included files are merged in order, each one deep-merged over
   * the previous, and the including file's own keys win; a job defined in two files is one job with
   * both configurations deep-merged. Arrays are replaced, not merged.
   * https://docs.gitlab.com/ci/yaml/includes/#merge-method-for-include
   */
  private processIncludes(content: Hash, depth: number): Hash {
    if (!('include' in content)) return content;
    if (depth > 100) throw new ConfigError('Maximum of 100 nested includes are allowed!');
    const { include, ...own } = content;
    let merged: unknown = {};
    for (const entry of flatten(include)) {
      const included = this.loadInclude(entry);
      if (included) merged = deepMerge(merged, this.processIncludes(included, depth + 1));
    }
    return deepMerge(merged, own) as Hash;
  }

  private loadInclude(entry: unknown): Hash | undefined {
    const options = { inputTypes: this.options.inputTypes ?? 'strict', componentContext: this.options.componentContext ?? 'declared' } as const;
    // https://docs.gitlab.com/ci/yaml/#include : a string is a local file, or a remote one for a URL.
    const spec: Hash = typeof entry === 'string' ? (/^https?:\/\//.test(entry) ? { remote: entry } : { local: entry }) : isHash(entry) ? entry : {};
    // https://docs.gitlab.com/ci/yaml/includes/#use-rules-with-include : only if and exists (and changes).
    if (Array.isArray(spec.rules) && !this.includeRulesPass(spec.rules)) return undefined;
    const inputs = isHash(spec.inputs) ? spec.inputs : undefined;
    // Variables in include paths: https://docs.gitlab.com/ci/yaml/includes/#use-variables-with-include
    if (typeof spec.local === 'string') {
      const path = expandExisting(spec.local, this.variables).replace(/^\/+/, '');
      let text: string;
      try {
        text = readFileSync(join(this.options.projectDir, path), 'utf8');
      } catch {
        throw new ConfigError(`Local file \`${path}\` does not exist!`);
      }
      return loadFile(text, path, inputs, options, undefined, this.variables).content;
    }
    if (typeof spec.component === 'string') {
      // https://docs.gitlab.com/ci/components/#use-a-component : <fqdn>/<project path>/<name>@<version>
      const address = expandExisting(spec.component, this.variables);
      const at = address.lastIndexOf('@');
      if (at < 0 || address.includes('$')) throw new ConfigError(`Component '${address}' - content not found`);
      let text: string;
      try {
        text = this.options.components(address);
      } catch {
        throw new ConfigError(`Component '${address}' - content not found`);
      }
      const reference = address.slice(at + 1);
      const name = address.slice(0, at).split('/').pop() ?? '';
      const version = this.options.componentVersion ? this.options.componentVersion(address) : /^\d+\.\d+\.\d+$/.test(reference) ? reference : null;
      const component = { name, sha: '0123456789abcdef0123456789abcdef01234567', version, reference };
      const loaded = loadFile(text, address, inputs, options, component, this.variables);
      for (const warning of loaded.warnings) this.warn(warning);
      if ('include' in loaded.content) this.warn(`\`${address}\`: nested includes of a component are resolved in the component's project; the model does not follow them`);
      const body = { ...loaded.content };
      delete body.include;
      return body;
    }
    throw new ConfigError(`Include \`${JSON.stringify(entry)}\` is not supported by the pipeline model (only local and component)`);
  }

  private includeRulesPass(rules: unknown[]): boolean {
    for (const rule of flatten(rules)) {
      if (!isHash(rule)) continue;
      if ('if' in rule && !evaluateExpression(String(rule.if), this.variables)) continue;
      if ('exists' in rule && !this.existsMatches(rule.exists, this.variables)) continue;
      return rule.when !== 'never';
    }
    return false;
  }

  // --- rules:exists -------------------------------------------------------------------------------

  private listFiles(): string[] {
    if (this.files) return this.files;
    const files: string[] = [];
    const walk = (dir: string, prefix: string) => {
      for (const entry of readdirSync(dir)) {
        if (entry === '.git' || entry === 'node_modules') continue;
        const full = join(dir, entry);
        const rel = prefix ? `${prefix}/${entry}` : entry;
        let directory = false;
        try {
          directory = statSync(full).isDirectory();
        } catch {
          // A dangling link: a file name all the same.
        }
        if (directory) walk(full, rel);
        else files.push(rel);
      }
    };
    walk(this.options.projectDir, '');
    return (this.files = files);
  }

  /**
   * `rules:exists`: any of the globs matches a file of the project (`*` does not cross `/`, `**`
   * does, dotfiles match). Variables in the paths are expanded.
   * https://docs.gitlab.com/ci/yaml/#rulesexists
   */
  private existsMatches(exists: unknown, variables: Record<string, string>): boolean {
    const paths = isHash(exists) ? exists.paths : exists;
    const globs = flatten(paths).map((glob) => expandExisting(String(glob), variables).replace(/^\/+/, ''));
    const files = this.listFiles();
    return globs.some((glob) => {
      const match = picomatch(glob, { dot: true });
      return files.some((file) => match(file));
    });
  }

  // --- extends and !reference ---------------------------------------------------------------------

  /**
   * `extends:` (Gitlab::Ci::Config::Extendable): a reverse deep merge, the job's own keys win; with
   * several parents the later wins; up to 11 levels; hashes merge, arrays do not.
   * https://docs.gitlab.com/ci/yaml/#extends
   * https://docs.gitlab.com/ci/yaml/yaml_optimization/#merge-details
   */
  private resolveExtends(root: Hash): void {
    const done = new Set<string>();
    const extend = (key: string, ancestors: string[]): Hash => {
      const value = root[key];
      if (!isHash(value) || !('extends' in value) || done.has(key)) return value as Hash;
      const parents = flatten(value.extends).map(String);
      const unknown = parents.filter((parent) => !(parent in root));
      if (unknown.length) throw new ConfigError(`${key}: unknown keys in \`extends\` (${unknown.join(', ')})`);
      const invalid = parents.filter((parent) => !isHash(root[parent]));
      if (invalid.length) throw new ConfigError(`${key}: invalid base hashes in \`extends\` (${invalid.join(', ')})`);
      if (ancestors.length > 10) throw new ConfigError(`${key}: nesting too deep in \`extends\``);
      if (ancestors.includes(key)) throw new ConfigError(`${key}: circular dependency detected in \`extends\``);
      let merged: unknown = {};
      for (const parent of parents) merged = deepMerge(merged, extend(parent, [...ancestors, key]));
      const result = deepMerge(merged, value) as Hash;
      root[key] = result;
      done.add(key);
      return result;
    };
    for (const key of Object.keys(root)) extend(key, []);
  }

  /** `!reference [.job, key, ...]`, after `extends`, up to 10 levels of references in references. */
  private resolveReferences(node: unknown, root: Hash, depth = 0): unknown {
    if (node instanceof ReferenceTag) {
      if (depth > 10) throw new ConfigError(`${rubyInspect(node.path)} is part of a too deep chain of !reference`);
      let value: unknown = root;
      for (const key of node.path) {
        if (!isHash(value) || !Object.hasOwn(value, key)) throw new ConfigError(`${rubyInspect(node.path)} could not be found`);
        value = value[key];
      }
      return this.resolveReferences(value, root, depth + 1);
    }
    if (Array.isArray(node)) return node.map((item) => this.resolveReferences(item, root, depth));
    if (isHash(node)) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, this.resolveReferences(value, root, depth)]));
    return node;
  }

  // --- validation -----------------------------------------------------------------------------------

  private validateRules(path: string, rules: unknown, workflow: boolean, errors: string[]): void {
    if (!Array.isArray(rules)) {
      errors.push(`${path} config should be an array of hashes`);
      return;
    }
    for (const rule of flatten(rules)) {
      if (!isHash(rule)) {
        errors.push(`${path}:rule config should be a hash`);
        continue;
      }
      const unknown = Object.keys(rule).filter((key) => !(workflow ? WORKFLOW_RULE_KEYS : RULE_KEYS).includes(key));
      if (unknown.length) errors.push(`${path}:rule config contains unknown keys: ${unknown.join(', ')}`);
      if ('when' in rule && !(workflow ? WORKFLOW_WHEN : RULE_WHEN).includes(String(rule.when))) errors.push(`${path}:rule when unknown value: ${rubyToS(rule.when)}`);
      if ('if' in rule && !validExpression(rule.if)) errors.push(`${path}:rule if invalid expression syntax`);
      if (rule.when === 'delayed' && !('start_in' in rule)) errors.push(`${path}:rule start in should be a duration`);
    }
  }

  /** Entry validation (Gitlab::Ci::Config::Entry::*): the errors GitLab reports all at once. */
  private validateEntries(root: Hash, jobs: ConfigJob[]): string[] {
    const errors: string[] = [];
    if ('stages' in root && !isStringList(root.stages)) errors.push('stages config should be an array of strings');
    if (isHash(root.default)) {
      const unknown = Object.keys(root.default).filter((key) => !DEFAULT_KEYS.includes(key));
      if (unknown.length) errors.push(`default config contains unknown keys: ${unknown.join(', ')}`);
    }
    if ('workflow' in root && isHash(root.workflow) && 'rules' in root.workflow) this.validateRules('workflow:rules', root.workflow.rules, true, errors);
    for (const [name, value] of Object.entries(root)) {
      if (GLOBAL_KEYWORDS.includes(name) || name.startsWith('.')) continue;
      // Gitlab::Ci::Config::Entry::Jobs: a job has script, run or trigger.
      if (!isHash(value) || !('script' in value || 'run' in value || 'trigger' in value))
        errors.push(`jobs ${name} config should implement the script:, run:, or trigger: keyword`);
    }
    if (!jobs.length) errors.push('jobs config should contain at least one visible job');
    for (const job of jobs) {
      const { name, config } = job;
      const at = `jobs:${name}`;
      const unknown = Object.keys(config).filter((key) => !(job.bridge ? BRIDGE_KEYS : JOB_KEYS).includes(key));
      if (unknown.length) errors.push(`${at} config contains unknown keys: ${unknown.join(', ')}`);
      if ('script' in config && 'trigger' in config) errors.push(`${at} config these keys cannot be used together: script, trigger`);
      if ('script' in config && !isNestedStrings(config.script)) errors.push(`${at}:script config should be a string or a nested array of strings up to 10 levels deep`);
      for (const key of ['before_script', 'after_script'])
        if (key in config && !isNestedStrings(config[key])) errors.push(`${at}:${key} config should be a string or a nested array of strings up to 10 levels deep`);
      if ('stage' in config && typeof config.stage !== 'string') errors.push(`${at}:stage config should be a string`);
      if ('tags' in config && !isStringList(config.tags)) errors.push(`${at}:tags config should be an array of strings`);
      if ('when' in config && !JOB_WHEN.includes(String(config.when))) errors.push(`${at} when should be one of: ${JOB_WHEN.join(', ')}`);
      if (config.when === 'delayed' && !('start_in' in config)) errors.push(`${at} start in can't be blank`);
      if ('rules' in config && config.rules !== null) {
        // https://docs.gitlab.com/ci/yaml/#rules : rules replace only/except.
        const clash = ['only', 'except', 'start_in'].filter((key) => key in config && config[key] !== null);
        if (clash.length) errors.push(`${at} config key may not be used with \`rules\`: ${clash.join(', ')}`);
        this.validateRules(`${at}:rules`, config.rules, false, errors);
      }
      if ('resource_group' in config && config.resource_group !== null && typeof config.resource_group !== 'string') errors.push(`${at} resource group should be a string`);
      if ('environment' in config && config.environment !== null) {
        const environment = config.environment;
        if (!isHash(environment) && typeof environment !== 'string') errors.push(`${at}:environment config should be a hash or a string`);
        else {
          const envName = isHash(environment) ? environment.name : environment;
          // https://docs.gitlab.com/ci/yaml/#environmentname : required, and only some characters.
          if (envName === undefined || envName === null || envName === '') errors.push(`${at}:environment name can't be blank`);
          if (typeof envName !== 'string' || !ENVIRONMENT_NAME.test(envName)) errors.push(`${at}:environment name ${ENVIRONMENT_NAME_MESSAGE}`);
          if (isHash(environment) && 'action' in environment && !['start', 'stop', 'prepare', 'verify', 'access'].includes(String(environment.action))) {
            errors.push(`${at}:environment action should be start, stop, prepare, verify, or access`);
          }
        }
      }
      if ('needs' in config && config.needs !== null && !Array.isArray(config.needs)) errors.push(`${at}:needs config can only be a hash or an array`);
      // https://docs.gitlab.com/ci/yaml/#dependencies : with needs, dependencies must be needs too.
      if (Array.isArray(config.dependencies) && job.needs) {
        const missing = config.dependencies.map(String).filter((dependency) => !job.needs?.some((need) => need.job === dependency));
        if (missing.length) errors.push(`${at} dependencies the ${missing.join(', ')} should be part of needs`);
      }
      if (isHash(config.inherit)) {
        for (const key of ['default', 'variables']) {
          const value = config.inherit[key];
          if (value !== undefined && typeof value !== 'boolean' && !isStringList(value))
            errors.push(`${at}:inherit:${key} config should be a boolean value or an array of strings`);
        }
      }
    }
    return errors;
  }

  /**
   * Gitlab::Ci::YamlProcessor#run_logical_validations!: each job's stage exists; `dependencies` and
   * `needs` name jobs of the configuration in the same or an earlier stage (the same stage is
   * allowed since GitLab 14.2); an optional need may name a job that does not exist; needs are not
   * listed twice, nor circular.
   * https://docs.gitlab.com/ci/yaml/#needs https://docs.gitlab.com/ci/yaml/#dependencies https://docs.gitlab.com/ci/yaml/#stage
   */
  private validateLogic(jobs: ConfigJob[], stages: string[]): string[] {
    const errors: string[] = [];
    const byName = new Map(jobs.map((job) => [job.name, job]));
    const stageIndex = (name: string) => {
      const job = byName.get(name);
      return job ? stages.indexOf(job.stage) : -1;
    };
    const dependency = (name: string, other: string, type: 'dependency' | 'need', optional = false) => {
      if (!byName.has(other)) {
        if (!optional) errors.push(`${name} job: undefined ${type}: ${other}`);
        return;
      }
      const mine = stageIndex(name);
      const theirs = stageIndex(other);
      if (theirs < 0 || theirs > mine) errors.push(`${name} job: ${type} ${other} is not defined in current or prior stages`);
    };
    for (const job of jobs) {
      if (!stages.includes(job.stage)) errors.push(`${job.name} job: chosen stage ${job.stage} does not exist; available stages are ${stages.join(', ')}`);
      if (Array.isArray(job.config.dependencies)) for (const other of job.config.dependencies) dependency(job.name, String(other), 'dependency');
      const lists = [job.needs, ...flatten(job.config.rules ?? []).map((rule) => (isHash(rule) ? normalizeNeeds(rule.needs) : undefined))];
      for (const needs of lists) {
        if (!needs) continue;
        const local = needs.filter((need) => !need.external);
        for (const need of local) dependency(job.name, need.job, 'need', need.optional);
        const duplicated = [...new Set(local.map((need) => need.job).filter((other, i, all) => all.indexOf(other) !== i))];
        if (duplicated.length) errors.push(`${job.name} has the following needs duplicated: ${duplicated.join(', ')}.`);
      }
    }
    // Gitlab::Ci::YamlProcessor::Dag
    const visiting = new Set<string>();
    const visited = new Set<string>();
    let circular = false;
    const visit = (name: string) => {
      if (visited.has(name) || circular) return;
      if (visiting.has(name)) {
        circular = true;
        return;
      }
      visiting.add(name);
      for (const need of byName.get(name)?.needs ?? []) if (!need.external && byName.has(need.job)) visit(need.job);
      visiting.delete(name);
      visited.add(name);
    };
    for (const job of jobs) visit(job.name);
    if (circular) errors.push('The pipeline has circular dependencies');
    return errors;
  }

  // --- seeding --------------------------------------------------------------------------------------

  private pipelineKind(): { tag: boolean; mergeRequest: boolean; branch: boolean; ref: string; source: string } {
    const variables = this.options.context.variables;
    const source = variables.CI_PIPELINE_SOURCE ?? 'push';
    const tag = Boolean(variables.CI_COMMIT_TAG);
    const mergeRequest = source === 'merge_request_event';
    return { tag, mergeRequest, branch: !tag && !mergeRequest, ref: variables.CI_COMMIT_REF_NAME ?? variables.CI_COMMIT_BRANCH ?? variables.CI_COMMIT_TAG ?? '', source };
  }

  /**
   * `only`/`except` (Gitlab::Ci::Build::Policy): refs `branches`, `tags`, a pipeline source
   * (`merge_requests`, `pushes`, `schedules`, `web`, `api`, ...), a ref name or a `/regex/` (branch and
   * tag pipelines only); `variables` expressions; `changes` (taken as matching).
   * https://docs.gitlab.com/ci/yaml/deprecated_keywords/#only--except
   */
  private policySatisfied(policy: Policy, variables: Record<string, string>, name: string): boolean[] {
    const kind = this.pipelineKind();
    const results: boolean[] = [];
    if (policy.refs) {
      const source = kind.source.replace(/_event$/, '');
      const plural = source.endsWith('h') ? `${source}es` : `${source}s`;
      results.push(
        policy.refs.some((pattern) => {
          const [ref] = pattern.split('@', 1);
          if (ref === 'tags' && kind.tag) return true;
          if (ref === 'branches' && kind.branch) return true;
          if (ref === source || ref === plural) return true;
          if (!kind.branch && !kind.tag) return false;
          const regexp = ref ? rubyRegexp(ref) : null;
          return regexp ? regexp.test(kind.ref) : ref === kind.ref;
        }),
      );
    }
    if (policy.variables) results.push(policy.variables.some((expression) => evaluateExpression(expression, variables)));
    if (policy.changes !== undefined) {
      this.warn(`${name}: only/except:changes taken as matching (the model has no diff)`);
      results.push(true);
    }
    return results;
  }

  private policy(value: unknown): Policy | undefined {
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value) || typeof value === 'string') return { refs: flatten(value).map(String) };
    if (!isHash(value)) return undefined;
    return {
      ...(value.refs !== undefined ? { refs: flatten(value.refs).map(String) } : {}),
      ...(value.variables !== undefined ? { variables: flatten(value.variables).map(String) } : {}),
      ...(value.changes !== undefined ? { changes: value.changes } : {}),
    };
  }

  /** The first rule whose clauses all match (`if`, `changes`, `exists`); a rule without clauses matches. https://docs.gitlab.com/ci/jobs/job_rules/ */
  private matchRule(rules: unknown, variables: Record<string, string>, name: string): Hash | undefined {
    for (const rule of flatten(rules)) {
      if (!isHash(rule)) continue;
      if ('if' in rule && !evaluateExpression(String(rule.if), variables)) continue;
      if ('exists' in rule && !this.existsMatches(rule.exists, variables)) continue;
      if ('changes' in rule) this.warn(`${name}: rules:changes taken as matching (the model has no diff; GitLab also matches it in pipelines without one, such as tag pipelines)`);
      return rule;
    }
    return undefined;
  }

  create(): ModelPipeline {
    try {
      return this.build();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.errors.push(error.message);
      return { created: false, jobs: new Map(), stages: [], errors: this.errors, warnings: this.warnings };
    }
  }

  private build(): ModelPipeline {
    const fail = (stages: string[] = []): ModelPipeline => ({ created: false, jobs: new Map(), stages, errors: this.errors, warnings: this.warnings });
    let root: Hash;
    try {
      const options = { inputTypes: this.options.inputTypes ?? 'strict', componentContext: this.options.componentContext ?? 'declared' } as const;
      const text = readFileSync(this.options.file, 'utf8');
      if (!text.trim()) throw new ConfigError('Please provide content of .gitlab-ci.yml');
      const loaded = loadFile(text, '.gitlab-ci.yml', this.options.inputs, options, undefined, this.variables);
      for (const warning of loaded.warnings) this.warn(warning);
      root = this.processIncludes(loaded.content, 0);
      // Gitlab::Ci::Config#build_config: include, then extends, then !reference, then edge stages.
      this.resolveExtends(root);
      root = this.resolveReferences(root, root) as Hash;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.errors.push(error.message);
      return fail();
    }

    // https://docs.gitlab.com/ci/yaml/#stages : .pre first and .post last, whatever the list says.
    const declared = isStringList(root.stages) ? root.stages : DEFAULT_STAGES;
    const stages = ['.pre', ...declared.filter((stage) => stage !== '.pre' && stage !== '.post'), '.post'];

    const globalVariables: Hash = isHash(root.variables) ? root.variables : {};
    const defaults: Hash = {
      ...Object.fromEntries(DEPRECATED_GLOBAL_DEFAULTS.filter((key) => key in root).map((key) => [key, root[key]])),
      ...(isHash(root.default) ? root.default : {}),
    };
    const jobs: ConfigJob[] = [];
    for (const [name, value] of Object.entries(root)) {
      if (GLOBAL_KEYWORDS.includes(name)) continue;
      // https://docs.gitlab.com/ci/jobs/#hide-a-job : a name starting with `.` is not a job.
      if (name.startsWith('.')) continue;
      if (!isHash(value) || !('script' in value || 'run' in value || 'trigger' in value)) continue;
      const config: Hash = { ...value };
      const bridge = 'trigger' in config;
      // https://docs.gitlab.com/ci/yaml/#inherit : `inherit:default` and `inherit:variables`, true, false or a list.
      const inherit = isHash(config.inherit) ? config.inherit : {};
      const inheritDefault = inherit.default ?? true;
      if (!bridge)
        for (const [key, defaultValue] of Object.entries(defaults)) {
          if (key in config) continue;
          if (inheritDefault === true || (Array.isArray(inheritDefault) && inheritDefault.includes(key))) config[key] = defaultValue;
        }
      const inheritVariables = inherit.variables ?? true;
      const inherited = Object.fromEntries(
        Object.entries(globalVariables).filter(([key]) => inheritVariables === true || (Array.isArray(inheritVariables) && inheritVariables.includes(key))),
      );
      jobs.push({
        name,
        config,
        bridge,
        stage: typeof config.stage === 'string' ? config.stage : 'test',
        needs: normalizeNeeds(config.needs),
        variables: { ...inherited, ...(isHash(config.variables) ? config.variables : {}) },
      });
    }

    const entryErrors = this.validateEntries(root, jobs);
    if (entryErrors.length) {
      this.errors.push(...entryErrors);
      return fail(stages);
    }
    const logicErrors = this.validateLogic(jobs, stages);
    if (logicErrors.length) {
      this.errors.push(...logicErrors);
      return fail(stages);
    }

    // workflow:rules, with the predefined variables and the global ones. https://docs.gitlab.com/ci/yaml/workflow/
    const workflow = isHash(root.workflow) ? root.workflow : {};
    const hasWorkflowRules = Array.isArray(workflow.rules);
    const predefined = this.options.context.variables;
    const project = this.options.context.projectVariables ?? {};
    let pipelineVariables: Hash = globalVariables;
    if (hasWorkflowRules) {
      const rule = this.matchRule(workflow.rules, { ...predefined, ...variableStrings(globalVariables), ...project }, 'workflow');
      if (!rule || rule.when === 'never') {
        this.errors.push('Pipeline filtered out by workflow rules.');
        return fail(stages);
      }
      // https://docs.gitlab.com/ci/yaml/#workflowrulesvariables : they override the global variables.
      if (isHash(rule.variables)) pipelineVariables = { ...globalVariables, ...rule.variables };
    }

    // Seeding (Gitlab::Ci::Pipeline::Seed::Build).
    const created = new Map<string, ModelJob>();
    for (const job of jobs) {
      const { config, name } = job;
      const inheritVariables = isHash(config.inherit) ? (config.inherit.variables ?? true) : true;
      const inherited = Object.fromEntries(
        Object.entries(pipelineVariables).filter(([key]) => inheritVariables === true || (Array.isArray(inheritVariables) && inheritVariables.includes(key))),
      );
      let variables: Hash = { ...inherited, ...(isHash(config.variables) ? config.variables : {}) };
      // Variables in rules:if: predefined (lowest), then the global and the job's own variables, then
      // project variables. https://docs.gitlab.com/ci/variables/#cicd-variable-precedence
      const ruleVariables = { ...predefined, CI_JOB_NAME: name, CI_JOB_STAGE: job.stage, ...variableStrings(variables), ...project };
      const usingRules = 'rules' in config && config.rules !== null;
      let when = typeof config.when === 'string' ? config.when : 'on_success';
      let allowFailure: boolean;
      let needs = job.needs;
      if (usingRules) {
        const rule = this.matchRule(config.rules, ruleVariables, name);
        if (!rule || rule.when === 'never') continue;
        // A rule without `when` takes the job's `when`, else on_success. https://docs.gitlab.com/ci/yaml/#rules
        if (typeof rule.when === 'string') when = rule.when;
        // `when: manual` in rules: allow_failure is false unless set. https://docs.gitlab.com/ci/yaml/#allow_failure
        allowFailure = typeof rule.allow_failure === 'boolean' ? rule.allow_failure : config.allow_failure === true;
        if (isHash(rule.variables)) variables = { ...variables, ...rule.variables };
        if (rule.needs !== undefined) needs = normalizeNeeds(rule.needs);
      } else {
        let only = this.policy(config.only);
        const except = this.policy(config.except);
        // A job without rules, only or except runs for branches and tags only: not in merge request
        // pipelines. With `workflow:rules` that default is dropped: the job runs in every pipeline the
        // workflow lets through (Gitlab::Ci::Config::Entry::Processable#compose!).
        // https://docs.gitlab.com/ci/yaml/deprecated_keywords/#only--except https://docs.gitlab.com/ci/yaml/workflow/
        if (!only && !hasWorkflowRules) only = { refs: ['branches', 'tags'] };
        if (only && !this.policySatisfied(only, ruleVariables, name).every(Boolean)) continue;
        if (except && this.policySatisfied(except, ruleVariables, name).some(Boolean)) continue;
        // `when: manual` without rules: allow_failure defaults to true.
        allowFailure = typeof config.allow_failure === 'boolean' ? config.allow_failure : when === 'manual';
      }
      const expandVariables = { ...predefined, ...variableStrings(variables), ...project };
      const environment = isHash(config.environment) ? config.environment : typeof config.environment === 'string' ? { name: config.environment } : undefined;
      const modelJob: ModelJob = {
        name,
        stage: job.stage,
        when,
        allowFailure,
        needs: (needs ?? []).filter((need) => !need.external).map(({ job: other, optional, artifacts }) => ({ job: other, optional, artifacts })),
        ...(environment
          ? {
              environment: {
                name: rubyToS(environment.name),
                ...(environment.action !== undefined ? { action: rubyToS(environment.action) } : {}),
              },
            }
          : {}),
        ...(typeof config.resource_group === 'string' ? { resourceGroup: config.resource_group } : {}),
        // Runner tags expand variables. https://docs.gitlab.com/ci/yaml/#tags
        tags: isStringList(config.tags) ? config.tags.map((tag) => expandExisting(tag, expandVariables)) : [],
        script: flatten(config.script ?? []).map(rubyToS),
        variables,
        raw: config,
      };
      if (modelJob.environment) {
        const expanded = expandExisting(modelJob.environment.name, expandVariables);
        if (!ENVIRONMENT_NAME.test(expanded)) this.warn(`${name}: environment name "${expanded}" after expansion is invalid; GitLab creates the job without an environment`);
      }
      if (modelJob.resourceGroup !== undefined) {
        // Seed::Processable::ResourceGroup: an empty key is no resource group; an invalid one is dropped silently.
        const key = expandExisting(modelJob.resourceGroup, expandVariables);
        if (!key) this.warn(`${name}: resource_group is empty; GitLab creates the job without a resource group (no serialization)`);
        else if (!ENVIRONMENT_NAME.test(key) || key.length > 255)
          this.warn(`${name}: resource_group "${key}" ${ENVIRONMENT_NAME_MESSAGE}; GitLab creates the job without a resource group`);
      }
      created.set(name, modelJob);
    }

    // The needs of created jobs must be created jobs of this or an earlier stage, unless optional.
    const seedErrors: string[] = [];
    for (const job of created.values()) {
      const index = stages.indexOf(job.stage);
      for (const need of job.needs) {
        if (need.optional) continue;
        const other = created.get(need.job);
        if (!other || stages.indexOf(other.stage) > index) seedErrors.push(`'${job.name}' job needs '${need.job}' job, but '${need.job}' is not in any previous stage`);
      }
    }
    if (seedErrors.length) {
      this.errors.push(...seedErrors);
      return fail(stages);
    }
    // A pipeline with jobs only in .pre and .post is not created either (gitlab-org/gitlab#198518).
    if (![...created.values()].some((job) => job.stage !== '.pre' && job.stage !== '.post')) {
      this.errors.push('Pipeline will not run for the selected trigger. The rules configuration prevented any jobs from being added to the pipeline.');
      return fail(stages);
    }
    return { created: true, jobs: created, stages, errors: this.errors, warnings: this.warnings };
  }
}

/**
 * Creates the pipeline GitLab would create from `file` for `context`, or says why it would not.
 * Never throws for a configuration error: those are in `errors`.
 */
export function createPipeline(options: CreatePipelineOptions): ModelPipeline {
  return new Model(options).create();
}
