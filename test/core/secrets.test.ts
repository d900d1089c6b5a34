import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSecret, scrub, secretForms, streamScrubber } from '../../src/core/secrets.js';

const SECRET = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
addSecret(SECRET);

describe('the secret scrubber', () => {
  it('finds a secret raw, URL-encoded, JSON-escaped, hex, and inside base64 at every alignment', () => {
    const odd = 'p@ss/w"rd+&=x';
    addSecret(odd);
    expect(scrub(`token=${SECRET};`)).toBe('token=***;');
    expect(scrub(`u=${encodeURIComponent(odd)}`)).toBe('u=***');
    expect(scrub(JSON.stringify({ v: odd }))).toBe('{"v":"***"}');
    expect(scrub(Buffer.from(SECRET).toString('hex'))).toBe('***');
    for (const prefix of ['', 'a', 'ab', 'abc', 'Authorization: Basic x-access-token:']) {
      const encoded = Buffer.from(`${prefix}${SECRET}tail`).toString('base64');
      expect(scrub(encoded), prefix).toContain('***');
      expect(scrub(encoded.replace(/\+/g, '-').replace(/\//g, '_')), `${prefix} (URL-safe)`).toContain('***');
      // What stays around the mask cannot be decoded back into the secret.
      expect(Buffer.from(scrub(encoded).replace('***', ''), 'base64').toString('latin1')).not.toContain(SECRET.slice(2, -2));
    }
    expect(secretForms('abc')).toEqual([]);
  });

  it('a stream cut anywhere, even inside a secret, never lets one through and loses no other text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), fc.array(fc.nat({ max: 500 }), { maxLength: 8 }), (before, after, cuts) => {
        const text = `${before}${SECRET}${after}\n${Buffer.from(SECRET).toString('base64')}`;
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points, text.length].slice(1).map((end, i, all) => text.slice(i === 0 ? 0 : all[i - 1], end));
        const scrubber = streamScrubber();
        const out = chunks.map((c) => scrubber.push(c)).join('') + scrubber.end();
        expect(out).not.toContain(SECRET);
        expect(out).toBe(scrub(text));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
