/**
 * Structured generators for the fuzz properties: valid-looking files, then mutations of them
 * (truncation, stray bytes, BOMs, NULs, line-ending changes, long digit runs, deep nesting, YAML
 * anchors and alias bombs), so that cases reach deep into each parser, not only its first check.
 */
import fc from 'fast-check';
import { size } from './harness.js';

/** Texts that broke something once, or that a parser or a renderer must treat as plain text. */
export const HOSTILE = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</details><details open>',
  '</td></tr></table><h1>x</h1>',
  '[click](https://evil.example/phish)',
  '![pixel](https://evil.example/p.png)',
  '<https://evil.example>',
  'https://evil.example/autolink',
  'www.evil.example',
  'evil@example.com',
  '@octocat',
  '@org/team',
  'fixes #123',
  'GH-12',
  '!12 ~bug %v1 $snip &epic ^',
  '# heading',
  '- item',
  '+ item',
  '* item',
  '1. item',
  '7) item',
  '---',
  '===',
  '***',
  '    indented code',
  '\tindented',
  '```js',
  '~~~',
  '> quote',
  '| a | b |',
  '|---|---|',
  'a|b|c',
  '\\|',
  '**bold** _it_ ~~s~~',
  '`code`',
  '``',
  '&lt;&#60;&#x3c;',
  '<!-- c -->',
  '<!-- modelgate:compare-metrics:ci -->',
  '[^1]',
  '[ref]: https://evil.example',
  '<details><summary>x</summary>',
  '<a href="javascript:alert(1)">x</a>',
  'line\nbreak',
  'cr\rbreak',
  'crlf\r\nbreak',
  '\n\n# after blank lines',
  '\u2028separator\u2029',
  'nul\u0000byte',
  'esc\u001b[31mred',
  '\uFEFFbom',
  '\u200bzero width',
  'emoji 🧪 ✅ ❌',
  'rtl \u202eevil',
  'ﬁ ligature',
  '',
  ' ',
  '.',
  'a.b.c',
  '*',
  '&',
  '"quoted"',
  "'single'",
  'key: value',
  '{a: 1}',
  '- [x] task',
  // Bare NaN inside a string: Python's json.dump writes NaN bare outside strings only.
  'x: NaN,',
  '[NaN, -Infinity]',
];

/** A metric name: identifiers, dotted paths, and hostile or odd texts. */
export const metricName: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', '.', '\n', '\r', ' ', '|', '`', '<', '>', '@', '#', '*', '\\', '"', ':', '-'), maxLength: 10 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE), fc.constantFrom(...HOSTILE)).map(([a, b]) => `${a}${b}`) },
);

/** A long run of digits, then something that is not one: the numberOrText regex was quadratic on it. */
export const digitRun: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: size(20_000, 120_000) }), fc.constantFrom('x', '.', 'e', 'e+', '.5.', ' ', '-', ''))
  .map(([n, tail]) => `${'1'.repeat(n)}${tail}`);

/** A metric value as a program might write it. */
export const metricValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2) },
  { weight: 1, arbitrary: fc.constantFrom('NaN', 'nan', '.nan', 'inf', '-Infinity', '+.inf', '1e999', '-1e-999', '0x10', '1_000', ' 0.5 ', '') },
  { weight: 1, arbitrary: metricName },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
  { weight: 1, arbitrary: digitRun.filter((d) => d.length < 2000) },
);

/** A nested tree of metrics (objects and arrays), up to a few levels. */
export const metricTree: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ tree: Record<string, unknown>; node: unknown }>((tie) => ({
  tree: fc.dictionary(metricName, tie('node'), { minKeys: 0, maxKeys: 6, noNullPrototype: true }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, metricValue, tie('tree'), fc.array(tie('node'), { maxLength: 4 })),
})).tree;

/** Wraps `inner` in `depth` levels of JSON arrays or objects (the depth that once overflowed the stack). */
export function nestJson(inner: string, depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}${inner}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;
}

/** YAML nested `depth` levels, in flow or block style. */
export function nestYaml(depth: number, style: 'flow' | 'block' | 'flow-map'): string {
  if (style === 'flow') return `a: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
  if (style === 'flow-map') return `a: ${'{b: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
  return `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`;
}

/** A YAML alias bomb: each level lists the one before `width` times. */
export function aliasBomb(levels: number, width: number): string {
  const lines = [`l0: &l0 [${Array(width).fill('1').join(', ')}]`];
  for (let i = 1; i < levels; i++)
    lines.push(
      `l${i}: &l${i} [${Array(width)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/** A deep or wide structure or a known-bad YAML construct, for the big end of the inputs. */
export const yamlNasty: fc.Arbitrary<string> = fc.oneof(
  // Past about 900 levels the parser gives up (its stack), but it still reads the rest at about 5 s
  // per MB of nesting; a few thousand levels test that path. Block nesting grows as the square of
  // its depth (400 levels are 80 KB).
  fc
    .tuple(fc.integer({ min: 1, max: 5_000 }), fc.constantFrom('flow', 'block', 'flow-map') as fc.Arbitrary<'flow' | 'block' | 'flow-map'>)
    .map(([d, s]) => nestYaml(s === 'block' ? Math.min(d, size(200, 400)) : d, s)),
  fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 2, max: 12 })).map(([l, w]) => aliasBomb(l, w)),
  fc.constantFrom(
    'a: *nope\n',
    'a: &x 1\nb: *y\n',
    'a: &x [*x]\n',
    'a:\n  <<: *missing\n',
    'a: &x {b: 1}\nc:\n  <<: *x\n  d: 2\n',
    'a: !!binary aGVsbG8=\n',
    'a: !!js/function "() => 1"\n',
    'a: !custom 1\n',
    '? [a, b]\n: 1\n',
    '{[1]: 2}\n',
    '? {a: 1}\n: 2\n',
    'a: 1\na: 2\n',
    'a: 1\n---\nb: 2\n',
    '%YAML 1.1\n---\na: 0o17\nb: 0x1F\nc: 1_000\n',
    'a: "\\u0000\\x00"\n',
    'a: |\n  multi\n  line\n',
    'a: >-\n  folded\n',
    '- 1\n- 2\n',
    '"just a string"\n',
    '~\n',
    '',
    '\t a: 1\n',
    'a:\tb\n',
    "'__proto__': {polluted: 1}\nconstructor: {prototype: {x: 1}}\n",
  ),
);

/** Applies one generated mutation to a text (and says which, for the report). */
export function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<{ text: string; note: string }> {
  const inserts = [
    '"',
    "'",
    '{',
    '}',
    '[',
    ']',
    ':',
    ',',
    '\n',
    '\r',
    '\r\n',
    '\u0000',
    '\uFEFF',
    '\t',
    '\\',
    '#',
    '&',
    '*',
    '!',
    '|',
    '>',
    '-',
    '?',
    '%',
    '@',
    '`',
    '\u2028',
    '\ud800',
    '💥',
  ];
  type Edit = (t: string) => { text: string; note: string };
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 3, arbitrary: fc.constant<Edit>((t) => ({ text: t, note: 'as generated' })) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map<Edit>((f) => (t) => ({ text: t.slice(0, Math.floor(t.length * f)), note: 'truncated' })) },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...inserts), fc.integer({ min: 1, max: 3 })).map<Edit>(([f, c, n]) => (t) => {
        const at = Math.floor(t.length * f);
        return { text: t.slice(0, at) + c.repeat(n) + t.slice(at), note: `inserted ${JSON.stringify(c)}` };
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 20 })).map<Edit>(([f, n]) => (t) => {
        const at = Math.floor(t.length * f);
        return { text: t.slice(0, at) + t.slice(at + n), note: 'cut' };
      }),
    },
    { weight: 1, arbitrary: fc.constant<Edit>((t) => ({ text: `\uFEFF${t}`, note: 'BOM' })) },
    { weight: 1, arbitrary: fc.constant<Edit>((t) => ({ text: t.replace(/\r?\n/g, '\r'), note: 'CR line ends' })) },
    { weight: 1, arbitrary: fc.constant<Edit>((t) => ({ text: t.replace(/\r?\n/g, '\r\n'), note: 'CRLF line ends' })) },
    {
      weight: 1,
      arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map<Edit>((f) => (t) => {
        // A line given twice: a duplicate key in YAML or JSON, a repeated row in CSV.
        const lines = t.split('\n');
        const i = Math.floor(lines.length * f) % Math.max(1, lines.length);
        lines.splice(i, 0, lines[i] ?? '');
        return { text: lines.join('\n'), note: 'line repeated' };
      }),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 64 }).map<Edit>((n) => (t) => ({ text: t.replace(/\d/, '9'.repeat(n)), note: 'long number' })) },
    { weight: 1, arbitrary: digitRun.map<Edit>((d) => (t) => ({ text: t.replace(/\d+(\.\d+)?/, d), note: `digit run of ${d.length}` })) },
    { weight: 1, arbitrary: fc.constant<Edit>((t) => ({ text: t.replace(/\n/g, '\u0000\n'), note: 'NUL before every line end' })) },
  );
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([text, edits]) => {
    let out = { text, note: '' };
    const notes: string[] = [];
    for (const e of edits) {
      out = e(out.text);
      notes.push(out.note);
    }
    return { text: out.text, note: notes.join(', ') };
  });
}

/** A value written as JSON the way Python's json.dump does (bare NaN and Infinity) or strictly. */
export function jsonText(value: unknown, pretty: boolean, python: boolean): string {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? `@@${String(v)}@@` : v), pretty ? 2 : undefined);
  return python ? text.replace(/"@@(NaN|-?Infinity)@@"/g, '$1') : text.replace(/"@@(NaN|-?Infinity)@@"/g, 'null');
}

/** A CSV cell quoted as RFC 4180 asks, or left bare (which may make it invalid: that is the point). */
export function csvCell(text: string, quote: boolean, delimiter = ','): string {
  return quote || /["\n\r]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Breaks a CSV on purpose in the ways RFC 4180 forbids and the old reader merged silently. */
export const csvBreakage: fc.Arbitrary<{ edit: (csv: string) => string; note: string }> = fc.constantFrom(
  { edit: (csv: string) => csv.replace(/"([^"\n]*)"(?=[,\t\n])/, '"$1"junk'), note: 'text after a closing quote' },
  { edit: (csv: string) => csv.replace(/"([^"\n]*)"(?=[,\t\n])/, '"$1" '), note: 'a space after a closing quote' },
  { edit: (csv: string) => csv.replace(/\n([^\n"]*)/, '\n$1"'), note: 'a quote inside a bare field' },
  { edit: (csv: string) => `${csv}"never closed`, note: 'an unclosed quote at the end' },
  { edit: (csv: string) => csv.replace(/,/, '","'), note: 'a quote opened mid-row' },
);
