import { UserError } from './errors.js';

/** How an input's text is read. `list` splits on newlines and commas; `yaml` is parsed later by the step. */
export type InputKind = 'string' | 'boolean' | 'choice' | 'list' | 'yaml';

/**
 * One input of a step, listed once in `src/steps/<id>/inputs.ts`. `action.yml`, the GitLab template and
 * the README tables are checked against (and the tables generated from) these lists.
 */
export interface InputSpec {
  readonly name: string;
  readonly kind: InputKind;
  readonly description: string;
  /** The default as the user would write it; omitted when the input has none. */
  readonly default?: string;
  /** Has no default and must be given (action.yml `required: true`). */
  readonly required?: boolean;
  /** Allowed values of a `choice` input. */
  readonly options?: readonly string[];
  /** Masked in logs on every platform. */
  readonly secret?: boolean;
  /** Default on GitHub when it differs (an expression such as `${{ github.token }}`). */
  readonly githubDefault?: string;
  /** Only meaningful on one platform; the other's file omits it. */
  readonly only?: 'github' | 'gitlab';
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

/** Reads the raw text of an input, `undefined` when unset or empty. */
export type InputSource = (name: string) => string | undefined;

/**
 * Typed access to a step's inputs. Every read validates, applies the listed default and throws a
 * {@link UserError} naming the step and input with what is allowed.
 */
export class Inputs {
  private readonly specs: Map<string, InputSpec>;

  constructor(
    readonly step: string,
    specs: readonly InputSpec[],
    private readonly source: InputSource,
  ) {
    this.specs = new Map(specs.map((s) => [s.name, s]));
  }

  /** The text of an input (trimmed), its default, or `undefined`. */
  string(name: string): string | undefined {
    const spec = this.spec(name);
    const raw = this.source(name)?.trim();
    if (raw !== undefined && raw !== '') return raw;
    return spec.default === undefined || spec.default === '' ? undefined : spec.default;
  }

  /** A required input's text. */
  required(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw this.error(name, 'is required', undefined);
    return value;
  }

  /** `true`/`false` (YAML 1.2 core schema spellings, as the Actions toolkit accepts). */
  boolean(name: string): boolean {
    const value = this.string(name) ?? 'false';
    if (/^(true|True|TRUE)$/.test(value)) return true;
    if (/^(false|False|FALSE)$/.test(value)) return false;
    throw this.error(name, 'must be true or false', value);
  }

  /** One of the spec's options. */
  choice<T extends string>(name: string): T {
    const spec = this.spec(name);
    const value = this.required(name);
    if (!spec.options?.includes(value)) throw this.error(name, `must be one of ${spec.options?.join(', ')}`, value);
    return value as T;
  }

  /** Items separated by newlines or commas (not those inside a glob's `{a,b}`), blanks and `#` comments dropped. */
  list(name: string): string[] {
    return splitList(this.string(name) ?? '');
  }

  /** An error about an input, in the one format every step uses. */
  error(name: string, what: string, got: string | undefined): UserError {
    const shown = got === undefined ? '' : `, got '${got.length > 80 ? `${got.slice(0, 80)}…` : got}'`;
    return new UserError(`${this.step}: input '${name}' ${what}${shown}`);
  }

  private spec(name: string): InputSpec {
    const spec = this.specs.get(name);
    if (!spec) throw new Error(`${this.step}: input '${name}' is not declared in its inputs list`);
    return spec;
  }
}
