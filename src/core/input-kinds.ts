import { parseDuration } from './duration.js';
import { UserError } from './errors.js';
import { splitList, type InputDecl, type InputSpec, type ParseContext } from './inputs.js';
import { ENVIRONMENT_NAME, MODEL_NAME, VERSION_TAG, type NameRule } from './names.js';
import { didYouMean } from './suggest.js';

/** What every kind takes: the front-door fields but the kind, its options and its default. */
type Common = Omit<InputSpec, 'name' | 'kind' | 'options' | 'aliases' | 'default' | 'required'>;
/** An input that always has a value: a default, or required. */
type Valued = { default: string; required?: false } | { required: true; default?: undefined };
type Unvalued = { default?: undefined; required?: false };
/** A grammar the text must match, and the message when it does not (`may hold letters, digits …`). */
type Rule = { rule?: readonly [RegExp, string] | NameRule };

function decl<T>(kind: InputSpec['kind'], o: Common & { default?: string; required?: boolean; options?: readonly string[] }, parse: InputDecl<T>['parse']): InputDecl<T> {
  const spec: Record<string, unknown> = { ...o };
  delete spec.rule;
  return { kind, ...spec, parse } as InputDecl<T>;
}

const isNameRule = (rule: NonNullable<Rule['rule']>): rule is NameRule => !Array.isArray(rule);

function checked(text: string, context: ParseContext, rule: Rule['rule']): string {
  if (!rule) return text;
  const [grammar, allowed] = isNameRule(rule) ? [rule, rule.allowed] : rule;
  if (!grammar.test(text)) throw context.fail(allowed);
  return text;
}

/** Free text, optionally held to a grammar. */
export function text(o: Common & Valued & Rule): InputDecl<string>;
export function text(o: Common & Unvalued & Rule): InputDecl<string | undefined>;
export function text(o: Common & { default?: string; required?: boolean } & Rule): InputDecl<string | undefined> {
  const grammar = o.rule && (isNameRule(o.rule) ? o.rule.pattern : o.rule[0]);
  // GitLab checks a default too: an input that may be left out also takes the empty string.
  const gitlabRegex = grammar && !o.gitlabExpand ? (o.required ? grammar.source : `^(?:${grammar.source.replace(/^\^|\$$/g, '')})?$`) : undefined;
  return decl('string', { ...o, ...(gitlabRegex ? { gitlabRegex } : {}) }, (t, c) => (t === undefined ? undefined : checked(t, c, o.rule)));
}

/** A token, password or webhook URL: masked on every platform before the step runs. */
export function secret(o: Common & Unvalued): InputDecl<string | undefined> {
  return text({ ...o, secret: true });
}

/** `true`/`false` (YAML 1.2 core schema spellings, as the Actions toolkit accepts). */
export function flag(o: Common & { default: 'true' | 'false' }): InputDecl<boolean> {
  return decl('boolean', { gitlabType: 'boolean', ...o }, (t, c) => {
    const value = t ?? 'false';
    if (/^(true|True|TRUE)$/.test(value)) return true;
    if (/^(false|False|FALSE)$/.test(value)) return false;
    throw c.fail('must be true or false', value);
  });
}

/**
 * One of a fixed set of words; a near miss is suggested. `aliases` are older spellings still taken
 * (with a warning that names the word to write instead).
 */
export function choice<const T extends string>(options: readonly T[], o: Common & { default: NoInfer<T>; aliases?: Readonly<Record<string, NoInfer<T>>> }): InputDecl<T> {
  const { aliases, ...rest } = o;
  return decl('choice', { ...rest, options, ...(aliases ? { aliases: Object.keys(aliases) } : {}) }, (t, c) => {
    let value = t ?? o.default;
    const alias = aliases?.[value];
    if (alias !== undefined) {
      c.warn(`'${value}' is an older spelling: write '${alias}' (the same in every step: ${options.join(', ')})`);
      value = alias;
    }
    if (!(options as readonly string[]).includes(value)) throw new UserError(`${c.fail(`must be one of ${options.join(', ')}`, value).message}${didYouMean(value, options)}`);
    return value as T;
  });
}

/** Items one per line or comma-separated (not the commas inside a glob's `{a,b}`); blanks and `#` comments dropped. */
export function list(o: Common & { default?: string; required?: boolean }): InputDecl<string[]> {
  return decl('list', o, (t) => splitList(t ?? ''));
}

/** YAML text, parsed by the step (`rules`, `checks`). */
export function yamlText(o: Common & Unvalued): InputDecl<string | undefined> {
  return decl('yaml', o, (t) => t);
}

/** A duration (`90s`, `30m`, `2h`) in milliseconds. */
export function duration(o: Common & Valued): InputDecl<number>;
export function duration(o: Common & Unvalued): InputDecl<number | undefined>;
export function duration(o: Common & { default?: string; required?: boolean }): InputDecl<number | undefined> {
  return decl('duration', o, (t, c) => (t === undefined ? undefined : parseDuration(t, c.label)));
}

type Range = { min: number; max?: number };

/** A whole number within a range. */
export function integer(o: Common & Range & Valued): InputDecl<number>;
export function integer(o: Common & Range & Unvalued): InputDecl<number | undefined>;
export function integer(o: Common & Range & { default?: string; required?: boolean }): InputDecl<number | undefined> {
  const { min, max, ...rest } = o;
  return decl('integer', rest, (t, c) => {
    if (t === undefined) return undefined;
    const n = Number(t);
    if (!/^\d{1,15}$/.test(t) || n < min || (max !== undefined && n > max))
      throw c.fail(max === undefined ? `must be a whole number of at least ${min}` : `must be a whole number from ${min} to ${max}`);
    return n;
  });
}

/** Any finite number (`0.05`, `-3`, `1e-3`). */
export function number(o: Common & Unvalued): InputDecl<number | undefined> {
  return decl('number', o, (t, c) => {
    if (t === undefined) return undefined;
    const n = Number(t);
    if (!Number.isFinite(n)) throw c.fail('must be a number');
    return n;
  });
}

/** Text parsed by a step's own grammar (a size, a status code, `NAME=value` lines); the front doors show it as text. */
export function custom<T>(
  o: Common & { default?: string; required?: boolean; kind?: 'string' | 'list' },
  parse: (text: string | undefined, context: ParseContext) => T,
): InputDecl<T> {
  const { kind = 'string', ...rest } = o;
  return decl(kind, rest, parse);
}

/** The model: its repository in the store. */
export function modelName(o: Common & Valued): InputDecl<string>;
export function modelName(o: Common & Unvalued): InputDecl<string | undefined>;
export function modelName(o: Common & { default?: string; required?: boolean }): InputDecl<string | undefined> {
  return text({ ...(o as Common & Unvalued), rule: MODEL_NAME });
}

/** An environment (`staging`, `production`). */
export function environment(o: Common & Valued): InputDecl<string>;
export function environment(o: Common & Unvalued): InputDecl<string | undefined>;
export function environment(o: Common & { default?: string; required?: boolean }): InputDecl<string | undefined> {
  return text({ ...(o as Common & Unvalued), rule: ENVIRONMENT_NAME });
}

/** A version tag. */
export function versionTag(o: Common & Unvalued): InputDecl<string | undefined> {
  return text({ ...o, rule: VERSION_TAG });
}

/**
 * `fail-on`, one vocabulary in every step: `fail` (failures fail the job), `warn` (warnings too),
 * `never`. validate-data's older `error` and `warning` are still taken, with a warning.
 */
export function failOn(o: Common & { default?: 'fail' | 'warn' | 'never' }): InputDecl<'fail' | 'warn' | 'never'> {
  return choice(['fail', 'warn', 'never'], { default: 'fail', ...o, aliases: { error: 'fail', warning: 'warn' } });
}
