import { describe, expect, it } from 'vitest';
import { commitLink, isCommitId, plainHttpsUrl } from '../../src/core/links.js';

describe('links from store text', () => {
  it('takes only plain https URLs', () => {
    for (const ok of ['https://github.com/o/r', 'https://gitlab.example.com:8443/g/sub/p', 'https://ci.example/run/%2F1', 'https://github.com/o/r/actions/runs/1/attempts/2'])
      expect(plainHttpsUrl(ok), ok).toBe(ok);
    for (const bad of [
      'http://github.com/o/r',
      'javascript:alert(1)',
      'https://evil.example/x?(y)',
      'https://evil.example/a) [x](https://b',
      'https://user:pw@github.com/o/r',
      'https://github.com/o/r#frag',
      'https://github.com/o/r"onclick=',
      'https://github.com/o/r\u001b]8;;x',
      'https://github.com/<img>',
      'https://-bad.example/',
      ' https://github.com/o/r',
      42,
      undefined,
    ])
      expect(plainHttpsUrl(bad), String(bad)).toBeUndefined();
  });

  it('builds a commit link from a safe repository URL and a hex commit, under /-/ on GitLab', () => {
    expect(commitLink('https://github.com/o/r/', 'github', 'a'.repeat(40))).toBe(`https://github.com/o/r/commit/${'a'.repeat(40)}`);
    expect(commitLink('https://gitlab.com/g/p', 'gitlab', 'abc1234')).toBe('https://gitlab.com/g/p/-/commit/abc1234');
    expect(commitLink('https://github.com/o/r', 'github', 'main')).toBeUndefined();
    expect(commitLink('https://github.com/o/r', 'github', 'ABCDEF1')).toBeUndefined();
    expect(commitLink('http://github.com/o/r', 'github', 'a'.repeat(40))).toBeUndefined();
    expect(isCommitId('a'.repeat(65))).toBe(false);
  });
});
