import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { bytes, diffRuns, duration, renderRunDiff, runsDiffer } from '../../src/core/run-diff.js';

const md = new MarkdownIt({ html: true, linkify: true });
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

function record(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'modelgate/run-record',
    params: { train: { learning_rate: 0.1, epochs: 300 }, seed: 42 },
    data: [{ path: 'data/iris.csv', sha256: 'x'.repeat(64), size: 4_551, source: 'hashed' }],
    git: { sha: A },
    environment: { os: 'linux 6.1', arch: 'x64', cpus: 2, node: 'v24.1.0', python: '3.11.7' },
    command: { durationMs: 42_000 },
    model: { size: 2_048, files: [] },
    ...over,
  };
}

const links = {
  commitUrl: (sha: string) => `https://github.com/o/r/commit/${sha}`,
  compareUrl: (a: string, b: string) => `https://github.com/o/r/compare/${a}...${b}`,
};

describe('what changed between two runs', () => {
  it('lists params added, removed and changed by dotted name, the data, the code, the machine, time and size', () => {
    const candidate = record({
      params: { train: { learning_rate: 0.05, epochs: 300, dropout: 0.2 } },
      data: [{ path: 'data/iris.csv', sha256: 'y'.repeat(64), size: 5_000 }],
      git: { sha: B },
      environment: { os: 'linux 6.1', arch: 'x64', cpus: 2, node: 'v24.1.0', python: '3.12.1', gpus: [{ name: 'NVIDIA H100' }, { name: 'NVIDIA H100' }] },
      command: { durationMs: 63_000 },
      model: { size: 4_096, files: [] },
    });
    const d = diffRuns(candidate, record());
    expect(d.params).toEqual({ added: [['train.dropout', '0.2']], removed: [['seed', '42']], changed: [['train.learning_rate', '0.1', '0.05']], unchanged: 1 });
    expect(d.data).toEqual([{ path: 'data/iris.csv', change: 'changed', size: 5_000, baselineSize: 4_551 }]);
    expect(d.code).toEqual({ baseline: A, candidate: B });
    expect(d.environment).toEqual([
      ['python', '3.11.7', '3.12.1'],
      ['gpus', '—', '2× NVIDIA H100'],
    ]);
    expect(runsDiffer(d)).toBe(true);
    const out = renderRunDiff(d, links);
    expect(out).toContain(
      `<details open><summary>What changed: <b>3 params changed</b> · <b>data changed</b> (1 of 1) · code <a href="https://github.com/o/r/commit/${A}"><code>aaaaaaa</code></a> → <a href="https://github.com/o/r/commit/${B}"><code>bbbbbbb</code></a> (<a href="https://github.com/o/r/compare/${A}...${B}">commits</a>) · training 1.1 min (+50%) · model 4.1 KB (+100%)</summary>`,
    );
    expect(out).toContain('| changed | `train.learning_rate` | `0.1` | `0.05` |');
    expect(out).toContain('| added | `train.dropout` | | `0.2` |');
    expect(out).toContain('| removed | `seed` | `42` | |');
    const html = md.render(out);
    expect(html.match(/<table>/g)).toHaveLength(3);
    // Inside <summary> markdown is not read: what it shows must be HTML already (no literal ** or [..](..)).
    const summary = /<summary>(.*?)<\/summary>/.exec(html)?.[1] ?? '';
    expect(summary).not.toMatch(/\*\*|\]\(/);
    expect(summary).toContain('<b>3 params changed</b>');
  });

  it('is folded and says "unchanged" when params, data and machine are the same', () => {
    const d = diffRuns(record(), record());
    expect(runsDiffer(d)).toBe(false);
    // Another commit alone keeps it folded: a change request always has one.
    expect(runsDiffer(diffRuns(record({ git: { sha: B } }), record()))).toBe(false);
    const out = renderRunDiff(d, links);
    expect(out).toMatch(/^<details><summary>What changed: params unchanged · data unchanged · same commit · training 42 s · model 2 KB<\/summary>/);
  });

  it('reads a record of the wrong shape as found, trusting no field of the wrong type', () => {
    const broken = {
      params: 'lr=1',
      data: [null, 7, { path: 3 }, { path: 'd.csv' }],
      git: { sha: 'not a sha' },
      environment: [],
      command: { durationMs: -5 },
      model: { size: 'big' },
    };
    const d = diffRuns(broken, record());
    expect(d.params.removed.map(([n]) => n)).toEqual(['seed', 'train.epochs', 'train.learning_rate']);
    expect(d.data).toEqual([
      { path: 'd.csv', change: 'added', size: undefined, baselineSize: undefined },
      { path: 'data/iris.csv', change: 'removed', baselineSize: 4_551 },
    ]);
    expect(d.code).toBeUndefined();
    expect(d.durationMs.candidate).toBeUndefined();
    expect(d.modelBytes.candidate).toBeUndefined();
    expect(() => renderRunDiff(diffRuns(null, undefined))).not.toThrow();
    // A side without a digest cannot say "unchanged".
    expect(diffRuns(record({ data: [{ path: 'data/iris.csv' }] }), record()).data[0]?.change).toBe('unknown');
  });

  it('keeps hostile param names and values literal, and makes no link from a URL that is not plain', () => {
    const hostile = '<img src=x onerror=alert(1)> [x](https://evil.example) @octocat `|` ** #1';
    const d = diffRuns(record({ params: { [hostile]: hostile, seed: hostile }, git: { sha: B } }), record());
    const out = renderRunDiff(d, { commitUrl: () => 'javascript:alert(1)', compareUrl: () => 'https://x.example/a b' });
    const html = md.render(out);
    expect(html).not.toMatch(/<img|<a /);
    // Outside code spans (where GitHub makes no mention), no @octocat.
    expect(html.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/@octocat/);
    expect(html).not.toContain('javascript:');
    // Every table row keeps its four cells.
    for (const line of out.split('\n').filter((l) => l.startsWith('| '))) expect(line.split(/(?<!\\)\|/).length).toBe(6);
  });

  it('formats durations and sizes in words', () => {
    expect([duration(900), duration(42_000), duration(210_000), duration(7_560_000)]).toEqual(['0.9 s', '42 s', '3.5 min', '2.1 h']);
    expect([bytes(512), bytes(1_234_567), bytes(3e9)]).toEqual(['512 B', '1.2 MB', '3 GB']);
  });
});
