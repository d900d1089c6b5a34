import { UserError } from '../core/errors.js';
import type { InputSource } from '../core/inputs.js';

/** The environment variable that carries an input for the CLI: `fail-on` → `MODELGATE_FAIL_ON`. */
export function inputEnvName(name: string): string {
  return `MODELGATE_${name.replace(/-/g, '_').toUpperCase()}`;
}

/**
 * Parses `--name value` / `--name=value` flags against the step's known inputs. A flag given twice
 * joins its values with newlines (a list). Unknown flags are an error listing the known ones.
 */
export function parseFlags(step: string, argv: readonly string[], known: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const match = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UserError(`${step}: unexpected argument '${arg}'; inputs are given as --name value`);
    const name = match[1] as string;
    if (!known.includes(name)) throw new UserError(`${step}: unknown option '--${name}'; the inputs are: ${known.map((k) => `--${k}`).join(', ')}`);
    let value = match[2];
    if (value === undefined) {
      const next = argv[i + 1];
      value = next === undefined || next.startsWith('--') ? 'true' : (i++, next);
    }
    flags.set(name, flags.has(name) ? `${flags.get(name)}\n${value}` : value);
  }
  return flags;
}

/** Inputs from flags first, then `MODELGATE_<NAME>` environment variables. */
export function cliInputSource(flags: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv): InputSource {
  return (name) => {
    const value = flags.get(name) ?? env[inputEnvName(name)];
    return value === undefined || value === '' ? undefined : value;
  };
}
