import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JavaScript build script, without types.
import { compiledSchema, loadSchema, SCHEMAS } from '../../scripts/compile-schemas.mjs';
import { parseTableSchema } from '../../src/data/table-schema-load.js';

const root = join(import.meta.dirname, '..', '..');

interface Entry {
  target: string;
  source: string;
}

describe('the schemas compiled ahead of time', () => {
  for (const entry of SCHEMAS as Entry[]) {
    it(`${entry.target} is what ajv compiles from ${entry.source} now (npm run docs rewrites it)`, async () => {
      const checkedIn = readFileSync(join(root, entry.target), 'utf8');
      const fresh = (compiledSchema as (e: Entry, schema: unknown) => string)(entry, await (loadSchema as (e: Entry) => Promise<unknown>)(entry));
      expect(checkedIn === fresh, `${entry.target} is stale: run npm run docs`).toBe(true);
    });
  }

  it('counts a text length in code points, as ajv does: an emoji is one character, two letters are two', async () => {
    const withGroupChar = (groupChar: string) => JSON.stringify({ fields: [{ name: 'n', type: 'number', groupChar }] });
    await expect(parseTableSchema(withGroupChar('😀'), 'schema.json')).resolves.toMatchObject({ fields: [{ groupChar: '😀' }] });
    await expect(parseTableSchema(withGroupChar('ab'), 'schema.json')).rejects.toThrow(/groupChar/);
    await expect(parseTableSchema(JSON.stringify({ fields: [{ name: '' }] }), 'schema.json')).rejects.toThrow(/name/);
  });
});
