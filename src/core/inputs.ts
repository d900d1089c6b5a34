import { UserError } from './errors.js';

/** How an input's text is read; each kind is built by a constructor in `input-kinds.ts`. */
export type InputKind = 'string' | 'boolean' | 'choice' | 'list' | 'yaml' | 'duration' | 'integer' | 'number';

/** How a GitLab component declares an input under `spec:inputs` (GitLab refuses a default of another type). */
export type GitLabInputType = 'string' | 'boolean' | 'number' | 'array';

/**
 * What the front doors show of one input: `action.yml`, the GitLab template, the README tables and the
 * CLI help are all generated from it (`npm run docs`).
 */
export interface InputSpec {
  readonly name: string;
  readonly kind: InputKind;
  readonly description: string;
  /** The default as the user would write it; omitted when the input has none. */
  readonly default?: string;
  /** Has no default and must be given (action.yml `required: true`). */
  readonly required?: boolean;
  /** Required unless this other input is given. */
  readonly requiredUnless?: string;
  /** Said after "is required: " when the input is missing, e.g. an example value. */
  readonly hint?: string;
  /** Allowed values of a `choice` input. */
  readonly options?: readonly string[];
  /** Older spellings a `choice` still takes (with a warning); GitLab must let them through too. */
  readonly aliases?: readonly string[];
  /** Masked in logs on every platform before the step runs. */
  readonly secret?: boolean;
  /** Default on GitHub when it differs (an expression such as `${{ github.token }}`). */
  readonly githubDefault?: string;
  /** Only meaningful on one platform; the other's file omits it. */
  readonly only?: 'github' | 'gitlab';
  /** Another flag name the CLI accepts (`--env` for `--environment`). */
  readonly alias?: string;
  /** The GitLab component's type for it (`string` when unset). */
  readonly gitlabType?: GitLabInputType;
  /** GitLab expands `$VARIABLES` in it (a label from an earlier job's dotenv, `$CI_REGISTRY_PASSWORD`); the rest stay as written. */
  readonly gitlabExpand?: boolean;
  /** `spec:inputs:regex` of the GitLab component: GitLab refuses the pipeline when a value breaks the grammar. */
  readonly gitlabRegex?: string;
}

/** What a kind's parser gets besides the text: how to fail, in the one format. */
export interface ParseContext {
  /** An error about this input: `<step>: input '<name>' <what>, got '<text>'`. */
  fail(what: string, got?: string): UserError;
  /** `<step>: input '<name>'`, for messages made elsewhere (durations). */
  readonly label: string;
  /** A warning about this input (a deprecated spelling), logged by the entry before the step runs. */
  warn(message: string): void;
}

/** One declared input: its front-door description and how its text becomes a typed value. */
export interface InputDecl<T = unknown> extends Omit<InputSpec, 'name'> {
  /** Gets the trimmed text or the default (`undefined` when neither); returns the typed value or throws a {@link UserError}. */
  readonly parse: (text: string | undefined, context: ParseContext) => T | Promise<T>;
}

/** A step's inputs by name, in the order the front doors list them. */
export type InputDecls = Readonly<Record<string, InputDecl>>;

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

/** The typed values of a step's inputs, keyed by camelCase name (`fail-on` → `failOn`). */
export type InputValues<I extends InputDecls> = { [K in keyof I & string as Camel<K>]: I[K] extends InputDecl<infer T> ? T : never };

/** `fail-on` → `failOn`. */
export function camelName(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Reads the raw text of an input, `undefined` when unset or empty. */
export type InputSource = (name: string) => string | undefined;

/** An error about an input, in the one format every step uses. */
export function inputError(step: string, name: string, what: string, got: string | undefined): UserError {
  const shown = got === undefined ? '' : `, got '${got.length > 80 ? `${got.slice(0, 80)}…` : got}'`;
  return new UserError(`${step}: input '${name}' ${what}${shown}`);
}

/** The front-door view of declared inputs, in order. */
export function inputSpecs(inputs: InputDecls): InputSpec[] {
  return Object.entries(inputs).map(([name, decl]) => {
    const spec: Record<string, unknown> = { name, ...decl };
    delete spec.parse;
    return spec as unknown as InputSpec;
  });
}

/** The trimmed text of an input or its default; `undefined` when neither. */
export function inputText(decl: InputDecl, raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (text !== undefined && text !== '') return text;
  return decl.default === undefined || decl.default === '' ? undefined : decl.default;
}

/**
 * Parses every declared input once, in declaration order: defaults applied, required inputs checked,
 * each kind's grammar enforced. The first problem is a {@link UserError} naming the step and the input.
 */
export async function parseInputs<I extends InputDecls>(step: string, inputs: I, source: InputSource, warnings: string[] = []): Promise<InputValues<I>> {
  const values: Record<string, unknown> = {};
  for (const [name, decl] of Object.entries(inputs)) {
    const text = inputText(decl, source(name));
    const label = `${step}: input '${name}'`;
    if (text === undefined && decl.required && !(decl.requiredUnless && inputText(inputs[decl.requiredUnless] as InputDecl, source(decl.requiredUnless)))) {
      throw inputError(step, name, `is required${decl.hint ? `: ${decl.hint}` : ''}`, undefined);
    }
    values[camelName(name)] = await decl.parse(text, {
      label,
      fail: (what, got = text) => inputError(step, name, what, got),
      warn: (message) => warnings.push(`${label} ${message}`),
    });
  }
  return values as InputValues<I>;
}

/** Splits a list input on newlines and on commas outside `{...}`; drops blanks and `#` comments. */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '{') depth++;
    if (c === '}') depth = Math.max(0, depth - 1);
    if (c === '\n' || (c === ',' && depth === 0)) {
      items.push(current);
      current = '';
      depth = 0;
    } else current += c;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}
