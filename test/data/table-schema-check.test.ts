import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JavaScript build script, without types.
import { tableSchemaCheck } from '../../scripts/compile-table-schema.mjs';
import { parseTableSchema } from '../../src/data/table-schema-load.js';
import { TABLE_SCHEMA_PROFILE } from '../../src/data/table-schema-profile.js';

describe('the Table Schema profile compiled ahead of time', () => {
  it('is what ajv compiles from the profile now (run scripts/compile-table-schema.mjs after changing either)', () => {
    const checkedIn = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'table-schema-check.ts'), 'utf8');
    expect(checkedIn === (tableSchemaCheck as (profile: unknown) => string)(TABLE_SCHEMA_PROFILE), 'src/data/table-schema-check.ts is stale').toBe(true);
  });

  it('counts a text length in code points, as ajv does: an emoji is one character, two letters are two', async () => {
    const withGroupChar = (groupChar: string) => JSON.stringify({ fields: [{ name: 'n', type: 'number', groupChar }] });
    await expect(parseTableSchema(withGroupChar('😀'), 'schema.json')).resolves.toMatchObject({ fields: [{ groupChar: '😀' }] });
    await expect(parseTableSchema(withGroupChar('ab'), 'schema.json')).rejects.toThrow(/groupChar/);
    await expect(parseTableSchema(JSON.stringify({ fields: [{ name: '' }] }), 'schema.json')).rejects.toThrow(/name/);
  });
});
