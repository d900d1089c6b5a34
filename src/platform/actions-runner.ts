import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { SourceLocation } from '../core/errors.js';

/*
 * The Actions runner contract, as @actions/core implements it: inputs from INPUT_* variables, outputs
 * and state through the GITHUB_OUTPUT / GITHUB_STATE file commands, workflow commands on stdout, the
 * job summary file. @actions/core itself statically imports @actions/http-client and undici (for OIDC),
 * which alone made a bundled step start in 3.4x the time of bare node here; these few functions are
 * the same protocol without that weight. Escaping follows @actions/core's command.js exactly.
 */

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Writes a workflow command (`::name key=value::message`) to stdout. */
export function issueCommand(name: string, properties: Record<string, string | number | undefined>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** An input as `core.getInput` reads it: `INPUT_<NAME>` (spaces as `_`, upper case), trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Appends `name<<delimiter` to a file command (`GITHUB_OUTPUT`, `GITHUB_STATE`), or falls back to the old command. */
export function fileCommand(variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_ENV', name: string, value: string, env: NodeJS.ProcessEnv): void {
  const file = env[variable];
  if (!file) {
    issueCommand({ GITHUB_OUTPUT: 'set-output', GITHUB_STATE: 'save-state', GITHUB_ENV: 'set-env' }[variable], { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('an output contains the file command delimiter');
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** An annotation's properties from a source location. */
export function annotation(location: SourceLocation | undefined): Record<string, string | number | undefined> {
  return location ? { file: location.file, line: location.line, col: location.column } : {};
}
