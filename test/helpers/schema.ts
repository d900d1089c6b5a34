import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT } from './runner.js';

/** Validates a run record against the published JSON Schema; returns ajv's errors (empty when valid). */
export function runRecordErrors(record: unknown): string[] {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'run-record.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false });
  const validate = ajv.compile(schema);
  return validate(record) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
