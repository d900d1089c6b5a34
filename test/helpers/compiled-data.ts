import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import type { DataReport, ValidateOptions } from '../../src/data/validate.js';

const root = join(import.meta.dirname, '..', '..');

/** The data engine as compiled JavaScript: what validate-data runs with its worker thread. */
export interface CompiledData {
  /** The compiled folder (its data/ holds validate-worker.js). */
  dir: string;
  validateData: (options: ValidateOptions & { threads?: number }) => Promise<DataReport>;
  planSplit: (options: ValidateOptions, fields: unknown[], totalBytes: number, threads: number | undefined) => Promise<boolean[] | undefined>;
  compileField: (schema: ValidateOptions['schema'], index: number, file: string) => unknown;
}

/**
 * Transpiles src/data and src/core (all the engine imports) into a temporary folder and loads the
 * engine from there. From the TypeScript sources validateData has no worker file to start, so it
 * stays in one thread; compiled, `threads: 2` really runs the worker.
 */
export async function compileDataEngine(): Promise<CompiledData> {
  const out = mkdtempSync(join(tmpdir(), 'mg-compiled-data-'));
  for (const folder of ['data', 'core']) {
    mkdirSync(join(out, folder), { recursive: true });
    for (const name of readdirSync(join(root, 'src', folder)).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(join(root, 'src', folder, name), 'utf8');
      const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, preserveConstEnums: true } });
      writeFileSync(join(out, folder, name.replace(/\.ts$/, '.js')), outputText);
    }
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
  const { validateData } = (await import(join(out, 'data', 'validate.js'))) as Pick<CompiledData, 'validateData'>;
  const { planSplit } = (await import(join(out, 'data', 'parallel.js'))) as Pick<CompiledData, 'planSplit'>;
  const { compileField } = (await import(join(out, 'data', 'fields.js'))) as Pick<CompiledData, 'compileField'>;
  return { dir: out, validateData, planSplit, compileField };
}
