/**
 * The fuzz suite's harness: seeded fast-check properties that time every case and record their figures.
 *
 * Under `npm test` each property runs a few dozen cases (the whole folder in about 30 s on two cores);
 * `npm run fuzz` (scripts/fuzz.mjs) sets MODELGATE_FUZZ_RUNS to run thousands and MODELGATE_FUZZ_FIGURES
 * to a folder where each family writes `<family>.json`: cases run, internal errors, the slowest input
 * under 1 MB, for the script to print. Seeds are fixed, so a failure reproduces; MODELGATE_FUZZ_SEED
 * moves every seed by the same offset to explore further (the report prints the seed it used).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect } from 'vitest';
import { UserError } from '../../src/core/errors.js';

const LONG_RUNS = Number(process.env.MODELGATE_FUZZ_RUNS);
/** True under `npm run fuzz`. */
export const LONG = Number.isInteger(LONG_RUNS) && LONG_RUNS > 0;
const SEED_OFFSET = Number(process.env.MODELGATE_FUZZ_SEED) || 0;
/** MODELGATE_FUZZ_TRACE=1 names each case before it runs, to find one that hangs. */
const TRACE = process.env.MODELGATE_FUZZ_TRACE;

/** A case slower than this (and as much again per MB of input) fails as a hang; timings are recorded, never asserted tighter. */
export const HANG_MS = 5_000;
/** Shrinking a failure stops improving it after this long (a slow case is slow to shrink too). */
const SHRINK_MS = 60_000;
/** The slowest input is reported among inputs under this size (the issue's goal: under 2 s). */
export const SLOWEST_UNDER_BYTES = 1_000_000;

/**
 * Cases for one property: `quick` under `npm test`, MODELGATE_FUZZ_RUNS under `npm run fuzz`, at most
 * `cap` there for properties whose cases spawn processes.
 */
export function runs(quick: number, cap = Infinity): number {
  return LONG ? Math.min(LONG_RUNS, cap) : quick;
}

/** A size bound for generated inputs: `quick` under `npm test`, `long` under `npm run fuzz`. */
export function size(quick: number, long: number): number {
  return LONG ? long : quick;
}

/** A test's timeout: none is needed in the long run (the hang guard is per case). */
export const TIMEOUT = LONG ? 24 * 3600_000 : 60_000;

/**
 * What a parser threw that is not the project's {@link UserError}, or a UserError that leaks an
 * internal failure (a stack overflow's message) or names no file: the harness counts these as
 * internal errors, the figure that must stay 0.
 */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

/** Texts an error message must never hold: they are what an unhandled JavaScript failure says. */
const LEAKS = /internal error|Maximum call stack size exceeded(?!: it nests too deeply)|Cannot read propert|is not a function|is not iterable|Invalid array length|\n\s+at /;

/**
 * Runs `parse`: it must return, or throw a UserError whose message names `file` and leaks nothing
 * internal. Returns the value, or the UserError.
 */
export async function userErrorOrValue<T>(file: string, parse: () => T | Promise<T>): Promise<{ value: T } | { error: UserError }> {
  try {
    return { value: await parse() };
  } catch (error) {
    if (!(error instanceof UserError)) {
      throw new InternalError(`not a UserError: ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error)}`);
    }
    if (!error.message.includes(file)) throw new InternalError(`the message does not name ${file}: ${error.message}`);
    const leak = LEAKS.exec(error.message);
    if (leak) throw new InternalError(`the message leaks '${leak[0]}': ${error.message.slice(0, 500)}`);
    return { error };
  }
}

/** One generated case: its size in bytes and a few words for the report (file, what was done to it). */
export interface CaseFigure {
  bytes: number;
  label: string;
}

interface PropertyFigures {
  property: string;
  seed: number;
  cases: number;
  internalErrors: number;
  failures: number;
  firstFailure?: string;
  slowest?: { ms: number; bytes: number; label: string };
  biggest?: { ms: number; bytes: number; label: string };
  totalMs: number;
}

/** A family of properties (one test file): its figures are written after its tests. */
export class Family {
  private readonly figures: PropertyFigures[] = [];

  constructor(readonly name: string) {
    afterAll(() => {
      const dir = process.env.MODELGATE_FUZZ_FIGURES;
      if (!dir) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ family: name, properties: this.figures }, null, 2)}\n`);
    });
  }

  /**
   * Checks `body` on `numRuns` generated inputs (and the fixed `examples` first) with `seed`. The body
   * asserts what it must and returns the case's size and label; the harness times it and fails a case
   * slower than {@link HANG_MS}. The first failure is shrunk and reported as fast-check does.
   */
  async check<T>(property: string, arbitrary: fc.Arbitrary<T>, body: (input: T) => Promise<CaseFigure>, options: { seed: number; numRuns: number; examples?: T[] }): Promise<void> {
    const seed = options.seed + SEED_OFFSET;
    const figures: PropertyFigures = { property, seed, cases: 0, internalErrors: 0, failures: 0, totalMs: 0 };
    this.figures.push(figures);
    // Calls after the first failure are fast-check shrinking it: timed and checked, not counted.
    let shrinking = false;
    let shrinkStart = 0;
    const started = performance.now();
    const details = await fc.check(
      fc.asyncProperty(arbitrary, async (input) => {
        // A candidate that "passes" is not taken: fast-check reports the smallest failure found so far.
        if (shrinking && performance.now() - shrinkStart > SHRINK_MS) return;
        const t0 = performance.now();
        if (TRACE) process.stderr.write(`${property}: ${shrinking ? 'shrinking' : 'case'} ${figures.cases + 1}\n`);
        // MODELGATE_FUZZ_TRACE=<file>: each case's input is written there first, to replay one that hangs.
        if (TRACE && TRACE !== '1') writeFileSync(TRACE, fc.stringify(input));
        let figure: CaseFigure;
        try {
          figure = await body(input);
        } catch (error) {
          if (!shrinking) {
            shrinking = true;
            shrinkStart = performance.now();
            figures.cases++;
            figures.failures++;
            if (error instanceof InternalError) figures.internalErrors++;
            figures.firstFailure = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
          }
          throw error;
        }
        const ms = performance.now() - t0;
        if (TRACE) process.stderr.write(`  ${Math.round(ms)} ms, ${figure.bytes} bytes: ${figure.label.slice(0, 100)}\n`);
        if (!shrinking) {
          figures.cases++;
          const entry = { ms: Math.round(ms * 10) / 10, bytes: figure.bytes, label: figure.label.slice(0, 160) };
          if (figure.bytes < SLOWEST_UNDER_BYTES && ms > (figures.slowest?.ms ?? -1)) figures.slowest = entry;
          if (figure.bytes > (figures.biggest?.bytes ?? -1)) figures.biggest = entry;
        }
        const limit = HANG_MS * (1 + figure.bytes / 1e6);
        if (ms > limit) throw new Error(`${figure.label}: took ${Math.round(ms)} ms on ${figure.bytes} bytes (hang guard: ${Math.round(limit)} ms)`);
      }),
      { seed, numRuns: options.numRuns, examples: (options.examples ?? []).map((e) => [e] as [T]) },
    );
    figures.totalMs = Math.round(performance.now() - started);
    if (details.failed) throw new Error(report(property, seed, details));
    // A property that ran no case proves nothing.
    expect(figures.cases).toBeGreaterThan(0);
  }
}

/** A failure report that fits a screen: inputs of megabytes are cut, the error and how to rerun kept. */
function report<T>(property: string, seed: number, details: fc.RunDetails<[T]>): string {
  const shown = (value: unknown) => {
    const text = fc.stringify(value);
    return text.length > 1500 ? `${text.slice(0, 1200)} … (${text.length} characters) … ${text.slice(-200)}` : text;
  };
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return [
    `${property}: failed after ${details.numRuns} cases (seed ${seed}, path "${details.counterexamplePath}", shrunk ${details.numShrinks} times)`,
    `input: ${details.counterexample ? shown(details.counterexample[0]) : '(none)'}`,
    `error: ${error.length > 3000 ? `${error.slice(0, 3000)} …` : error}`,
  ].join('\n');
}

/** UTF-8 bytes of a text. */
export function bytesOf(text: string | Buffer): number {
  return typeof text === 'string' ? Buffer.byteLength(text) : text.length;
}
