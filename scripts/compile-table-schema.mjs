// Writes src/data/table-schema-check.ts: the Table Schema profile (src/data/table-schema-profile.ts)
// compiled by ajv into standalone code, so that validate-data neither loads ajv nor compiles the
// profile (~65 ms) each time it reads a schema. Run after changing the profile or upgrading ajv;
// test/data/table-schema-check.test.ts fails while the file differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = join(root, 'src', 'data', 'table-schema-check.ts');

/** The generated module's text for `profile` (the JSON Schema object). */
export function tableSchemaCheck(profile) {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true, esm: true } });
  let code = standalone.default(ajv, ajv.compile(profile));
  // The one runtime helper the code requires (string lengths in code points), defined here: the module stays ESM.
  const helper = 'require("ajv/dist/runtime/ucs2length").default';
  code = code.split(helper).join('ucs2length');
  if (/\brequire\(/.test(code)) throw new Error('ajv standalone code requires another runtime helper: define it in scripts/compile-table-schema.mjs');
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules', 'ajv', 'package.json'), 'utf8'));
  return `/**
 * The Table Schema profile (table-schema-profile.ts) compiled by ajv ${version} (standalone code), written
 * by scripts/compile-table-schema.mjs: do not edit. Reading a schema then loads and compiles no validator.
 */
/* eslint-disable */
// @ts-nocheck
function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; length++) {
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}
${code.replace(/^"use strict";/, '')}
`;
}

/** The profile object, from its TypeScript source. */
export async function loadProfile() {
  const source = readFileSync(join(root, 'src', 'data', 'table-schema-profile.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  return module.TABLE_SCHEMA_PROFILE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = tableSchemaCheck(await loadProfile());
  writeFileSync(TARGET, text);
  console.log(`src/data/table-schema-check.ts: ${text.length} characters`);
}
