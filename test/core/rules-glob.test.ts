import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatcher, parseRulesYaml, ruleFor } from '../../src/core/rules.js';

/** The meaning of a pattern, as a regular expression: `*` is any characters, line breaks included. */
const reference = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    's',
  );

describe('rule patterns', () => {
  it('match exactly what the regular expression of their meaning matches', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '.', '\n', '*'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, (pattern, name) => {
        const cleanName = name.replace(/\*/g, 'c');
        expect(globMatcher(pattern)(cleanName)).toBe(reference(pattern).test(cleanName));
      }),
      { seed: 0x61ab, numRuns: 20_000 },
    );
  });

  it('stay linear on a name built to make a backtracking matcher explode', async () => {
    // /^a.*b.*c.*d$/ takes minutes on this 200 KB name; the matcher answers in one pass per part.
    const rules = await parseRulesYaml('"a*b*c*d": {min: 0}\n"test.*.f1.*": {min: 0}', "input 'rules'");
    expect(ruleFor(rules, `a${'bc'.repeat(100_000)}`)).toBeUndefined();
    expect(ruleFor(rules, `a${'bc'.repeat(100_000)}d`)).toBeDefined();
    expect(ruleFor(rules, `test.${'x.f1'.repeat(50_000)}`)).toBeUndefined();
    expect(ruleFor(rules, 'test.eval.f1.b\n')).toBeDefined();
  });
});
