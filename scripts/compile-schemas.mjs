// Writes the JSON Schemas modelgate validates against, compiled by ajv into standalone code, so that
// no step loads ajv's compiler or compiles a schema at run time (the config schema took ~130 ms, the
// Table Schema profile ~45 ms):
//   src/core/config-check.ts      from src/core/config-schema.ts (modelgate.yml, draft 2020-12)
//   src/data/table-schema-check.ts from src/data/table-schema-profile.ts (Table Schema, draft-07)
// `npm run docs` runs it; test/core/schema-checks.test.ts fails while either file differs from what
// this writes (after changing a schema or upgrading ajv).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import ajv2020 from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The compiled schemas: where each goes, what it is compiled from, and by which dialect. */
export const SCHEMAS = [
  { target: 'src/core/config-check.ts', source: 'src/core/config-schema.ts', name: 'CONFIG_SCHEMA', what: 'The schema of modelgate.yml (config-schema.ts)', draft2020: true },
  {
    target: 'src/data/table-schema-check.ts',
    source: 'src/data/table-schema-profile.ts',
    name: 'TABLE_SCHEMA_PROFILE',
    what: 'The Table Schema profile (table-schema-profile.ts)',
    draft2020: false,
  },
];

// The one runtime helper the code may require (string lengths in code points), defined in the module: it stays ESM.
const UCS2LENGTH = `function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; length++) {
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}
`;

/** The generated module's text for one of {@link SCHEMAS} and its schema object. */
export function compiledSchema(entry, schema) {
  const options = { allErrors: true, strict: false, verbose: true, code: { source: true, esm: true } };
  const ajv = entry.draft2020 ? new ajv2020.Ajv2020(options) : new Ajv(options);
  let code = standalone.default(ajv, ajv.compile(schema));
  const helper = 'require("ajv/dist/runtime/ucs2length").default';
  const usesLength = code.includes(helper);
  code = code.split(helper).join('ucs2length');
  if (/\brequire\(/.test(code)) throw new Error(`${entry.source}: ajv's code requires another runtime helper; define it in scripts/compile-schemas.mjs`);
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules', 'ajv', 'package.json'), 'utf8'));
  return `/**
 * ${entry.what} compiled by ajv ${version} into standalone code, written by
 * scripts/compile-schemas.mjs (\`npm run docs\`): do not edit. Validating loads and compiles no schema.
 */
/* eslint-disable */
// @ts-nocheck
${usesLength ? UCS2LENGTH : ''}${code.replace(/^"use strict";/, '')}
`;
}

/** The schema object `entry.name` of its TypeScript source. */
export async function loadSchema(entry) {
  const source = readFileSync(join(root, entry.source), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  return module[entry.name];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const entry of SCHEMAS) {
    const text = compiledSchema(entry, await loadSchema(entry));
    writeFileSync(join(root, entry.target), text);
    console.log(`${entry.target}: ${text.length} characters`);
  }
}
