import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { expandPatterns, workspaceSource } from '../../src/core/files.js';
import { globToRegExp, hasMagic, staticPrefix } from '../../src/core/glob.js';
import { tempDir, writeFiles } from '../helpers/git.js';

const matches = (pattern: string, paths: readonly string[]) => paths.filter((p) => globToRegExp(pattern).test(p));

function refusal(pattern: string): UserError {
  let error: unknown;
  try {
    globToRegExp(pattern);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('globToRegExp', () => {
  it('matches one character of a class: [ax].json', () => {
    expect(matches('[ax].json', ['a.json', 'x.json', 'b.json', 'ax.json', '[ax].json', 'd/a.json'])).toEqual(['a.json', 'x.json']);
    expect(matches('run-[!0-9].json', ['run-a.json', 'run-1.json'])).toEqual(['run-a.json']);
    expect(matches('fold-[0-9]/[[:alpha:]]*.csv', ['fold-3/train.csv', 'fold-3/1.csv', 'fold-x/a.csv'])).toEqual(['fold-3/train.csv']);
  });

  it('takes globs inside braces: {*.json,*.yaml}', () => {
    expect(matches('{*.json,*.yaml}', ['m.json', 'm.yaml', 'm.yml', 'd/m.json'])).toEqual(['m.json', 'm.yaml']);
    expect(matches('reports/{train,eval}/*.{json,yml}', ['reports/train/a.json', 'reports/eval/b.yml', 'reports/test/a.json', 'reports/eval/b.yaml'])).toEqual([
      'reports/train/a.json',
      'reports/eval/b.yml',
    ]);
    expect(matches('x/{a/b,c}/*.json', ['x/a/b/m.json', 'x/c/m.json', 'x/a/m.json'])).toEqual(['x/a/b/m.json', 'x/c/m.json']);
  });

  it('lets ** cross any number of segments, none included: **/metrics.json', () => {
    const paths = ['metrics.json', 'a/metrics.json', 'a/b/c/metrics.json', 'a/old-metrics.json', 'metrics.json.bak'];
    expect(matches('**/metrics.json', paths)).toEqual(['metrics.json', 'a/metrics.json', 'a/b/c/metrics.json']);
    expect(matches('a/**/*.json', paths)).toEqual(['a/metrics.json', 'a/b/c/metrics.json', 'a/old-metrics.json']);
  });

  it('takes everything under a folder with data/**', () => {
    expect(matches('data/**', ['data/a.csv', 'data/x/y/b.csv', 'data2/a.csv', 'other/data/a.csv'])).toEqual(['data/a.csv', 'data/x/y/b.csv']);
  });

  it('keeps * and ? within one segment', () => {
    expect(matches('*.json', ['a.json', 'd/a.json'])).toEqual(['a.json']);
    expect(matches('runs/?/m.json', ['runs/1/m.json', 'runs/12/m.json', 'runs//m.json'])).toEqual(['runs/1/m.json']);
    expect(matches('a*b', ['ab', 'axxb', 'a/b'])).toEqual(['ab', 'axxb']);
  });

  it('matches dotfiles and dot-folders, as `*` and `**` always did', () => {
    expect(matches('*', ['.env', 'a'])).toEqual(['.env', 'a']);
    expect(matches('*.json', ['.m.json'])).toEqual(['.m.json']);
    expect(matches('**/metrics.json', ['.dvc/tmp/metrics.json'])).toEqual(['.dvc/tmp/metrics.json']);
    expect(matches('*/m.json', ['.hidden/m.json'])).toEqual(['.hidden/m.json']);
  });

  it('keeps other characters literal: ( ) | ! + @ " \\, {a} without a comma and {1..3}', () => {
    expect(matches('run (1)/*.json', ['run (1)/m.json', 'run 1/m.json'])).toEqual(['run (1)/m.json']);
    expect(matches('a|b*', ['a|bc', 'a', 'bc'])).toEqual(['a|bc']);
    expect(matches('!*.json', ['!a.json', 'a.json'])).toEqual(['!a.json']);
    expect(matches('m+(x)@(y)*', ['m+(x)@(y)z', 'mx'])).toEqual(['m+(x)@(y)z']);
    expect(matches('"q"*', ['"q"1', 'q1'])).toEqual(['"q"1']);
    expect(matches('a\\*', ['a\\b', 'a*'])).toEqual(['a\\b']);
    expect(matches('{a}*', ['{a}x', 'ax'])).toEqual(['{a}x']);
    expect(matches('fold-{1..3}.json', ['fold-1..3.json', 'fold-2.json'])).toEqual(['fold-1..3.json']);
  });

  it("refuses a '{' without its '}'", () => {
    expect(refusal('metrics-{a,b.json').message).toBe("glob 'metrics-{a,b.json' has a '{' without its '}'; alternatives are written {a,b}");
    expect(matches('a}*', ['a}b'])).toEqual(['a}b']);
  });
});

describe('hasMagic', () => {
  it('tells globs from plain paths', () => {
    expect(['a/b.json', 'run (1).json', 'a!b'].map(hasMagic)).toEqual([false, false, false]);
    expect(['*.json', 'a?.json', '[ax].json', '{a,b}.json'].map(hasMagic)).toEqual([true, true, true, true]);
  });
});

describe('staticPrefix', () => {
  it('stops before the first segment with a wildcard, a class or braces', () => {
    const prefixes = Object.fromEntries(
      [
        'reports/2024/*.json',
        'reports/**/metrics.json',
        '**/metrics.json',
        'x/[ab]/*.json',
        'x/y[ab]z/m.json',
        'x/{a,b}/*.json',
        'x/{a/b,c}/*.json',
        '{x/a,y}/*.json',
        'x/[a/b]*',
        'x/a?/m.json',
        'x/b}/c*',
        'run (1)/*.json',
        'data/**',
        'a/b/c',
      ].map((p) => [p, staticPrefix(p)]),
    );
    expect(prefixes).toEqual({
      'reports/2024/*.json': 'reports/2024',
      'reports/**/metrics.json': 'reports',
      '**/metrics.json': '',
      'x/[ab]/*.json': 'x',
      'x/y[ab]z/m.json': 'x',
      'x/{a,b}/*.json': 'x',
      'x/{a/b,c}/*.json': 'x',
      '{x/a,y}/*.json': '',
      'x/[a/b]*': 'x',
      'x/a?/m.json': 'x',
      'x/b}/c*': 'x/b}',
      'run (1)/*.json': 'run (1)',
      'data/**': 'data',
      'a/b/c': 'a/b',
    });
  });

  it('is a prefix of every path the glob matches', () => {
    const cases: Array<[string, string[]]> = [
      ['x/{a/b,c}/*.json', ['x/a/b/m.json', 'x/c/m.json']],
      ['{x/a,y}/*.json', ['x/a/m.json', 'y/m.json']],
      ['x/y[ab]z/m.json', ['x/yaz/m.json']],
    ];
    for (const [pattern, paths] of cases) {
      expect(matches(pattern, paths)).toEqual(paths);
      const prefix = staticPrefix(pattern);
      for (const path of paths) expect(prefix === '' || path.startsWith(`${prefix}/`)).toBe(true);
    }
  });
});

describe('pathological globs from a pull request', () => {
  it('reads 200 stars in a row as one wildcard', () => {
    const re = globToRegExp('*'.repeat(200));
    expect(re.test('a'.repeat(255))).toBe(true);
    expect(re.test(`${'a'.repeat(200)}/b`)).toBe(false);
    expect(re.test('a'.repeat(254) + 'b')).toBe(true);
  });

  it('refuses globs whose expression could backtrack for minutes, and says what is allowed', () => {
    // Against a name of 255 `a`s the first runs for over a minute, the second for about 20 seconds,
    // and the brace ones and the three `**` grow without bound; all are refused before they run.
    const pathological = ['*a*a*a*a*ab', '*a*/*a*/*a*/x', '{a,aa}'.repeat(30) + 'b', `${'{a,'.repeat(50)}b${'}'.repeat(50)}`, '**/a/**/a/**/b', '*-*-*.json', '**/*a*/**/*a*/b'];
    for (const pattern of pathological) {
      const error = refusal(pattern);
      expect(error.message).toMatch(/is too complex to match safely\. A glob may combine at most 2 of: a '\*\*'; a second '\*' in one path segment/);
      expect(error.message).toMatch(/'\*\*\/\*\.json', .* are fine; list several simpler globs instead$/);
    }
    expect(() => staticPrefix('*a*a*a*a*ab')).toThrow(UserError);
  });

  it('reads a hundred nested braces without alternatives as literal text', () => {
    const nested = `${'{'.repeat(100)}a${'}'.repeat(100)}`;
    expect(matches(nested, ['a', nested])).toEqual([nested]);
  });

  it('refuses a glob longer than 1024 characters', () => {
    expect(refusal(`${'a/'.repeat(600)}*.json`).message).toBe(`glob '${'a/'.repeat(40)}…' is 1206 characters long; a glob may have at most 1024`);
    expect(globToRegExp(`${'a'.repeat(1000)}*.json`).test(`${'a'.repeat(1000)}x.json`)).toBe(false); // a name over 255
    expect(globToRegExp(`${'a/'.repeat(505)}*.json`).test(`${'a/'.repeat(505)}x.json`)).toBe(true);
  });

  it('still takes the globs people write', () => {
    const everyday = [
      '**/*.json',
      'runs/*/metrics-*.json',
      'data/**/*.{csv,tsv}',
      '**/{*.json,*.yaml}',
      '**/*.{json,yaml,yml}',
      '**/{train,test}/*.{json,yml}',
      'runs/*/*/*/*.json',
      '**/*-*.json',
      'a/**/b/**/*.csv',
      'dvclive/**/metrics.json',
      '**/*.{json,jsonl}',
    ];
    for (const pattern of everyday) expect(() => globToRegExp(pattern), pattern).not.toThrow();
  });

  it('never matches a path longer than 4096 characters or a name longer than 255', () => {
    expect(globToRegExp('**').test(`${'a/'.repeat(2047)}b`)).toBe(true);
    expect(globToRegExp('**').test(`${'a/'.repeat(2048)}b`)).toBe(false);
    expect(globToRegExp('*').test('a'.repeat(255))).toBe(true);
    expect(globToRegExp('*').test('a'.repeat(256))).toBe(false);
    expect(globToRegExp('**/*.json').test(`${'a'.repeat(256)}/m.json`)).toBe(false);
  });
});

describe('expandPatterns with globs', () => {
  it('finds classes, globs in braces, ** and dotfiles in the workspace', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'a.json': '{}',
      'x.json': '{}',
      'b.json': '{}',
      'm.yaml': '',
      '.env': '',
      '.dvc/metrics.json': '{}',
      'eval/metrics.json': '{}',
      'data/train/a.csv': '',
      'data/b.csv': '',
    });
    const expand = async (pattern: string) => (await expandPatterns(workspaceSource(ws), [pattern])).files;
    expect(await expand('[ax].json')).toEqual(['a.json', 'x.json']);
    expect(await expand('{*.json,*.yaml}')).toEqual(['a.json', 'b.json', 'm.yaml', 'x.json']);
    expect(await expand('**/metrics.json')).toEqual(['.dvc/metrics.json', 'eval/metrics.json']);
    expect(await expand('data/**')).toEqual(['data/b.csv', 'data/train/a.csv']);
    expect(await expand('.*')).toEqual(['.env']);
  });

  it('refuses a pathological glob even where the folder it names is empty', async () => {
    await expect(expandPatterns(workspaceSource(tempDir()), ['none/*a*a*a*a*ab'])).rejects.toThrow(/glob 'none\/\*a\*a\*a\*a\*ab' is too complex/);
  });
});
