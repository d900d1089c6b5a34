import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import type { InputSpec } from '../core/inputs.js';
import { expandVariables, explicitInputSource, givenCliInputs, parseFlags, parseInputsFile } from '../platform/cli-inputs.js';
import { COMMANDS, STEPS, type StepEntry } from '../steps/index.js';
import { findStep, runOn } from './main.js';

const HELP = (version: string) => `modelgate ${version}: CI/CD steps for machine learning

Usage: modelgate <step> [--input value ...]
       modelgate <step> --help
${Object.values(COMMANDS)
  .map((c) => `       ${c.declaration.usage ?? `modelgate ${c.declaration.id}`}`)
  .join('\n')}

Steps:
${Object.values(STEPS)
  .map((s) => `  ${s.declaration.id.padEnd(18)} ${s.declaration.description}`)
  .join('\n')}

Commands:
${Object.values(COMMANDS)
  .map((s) => `  ${s.declaration.id.padEnd(18)} ${s.declaration.description}`)
  .join('\n')}

Inputs also come from MODELGATE_<INPUT> variables (fail-on: MODELGATE_FAIL_ON), and from a file:
--inputs <file> (or - for stdin) holds '--- modelgate input: <name> ---' lines, each followed by its
value (what the GitLab components pass). A variable that contradicts an input given as a flag or in
the file is an error.
On GitLab CI (GITLAB_CI=true) the GitLab platform is used: MR notes, dotenv outputs.
Elsewhere outputs are printed as one JSON object on stdout; logs and reports go to stderr.
`;

/** The inputs the CLI takes: all but those only a GitHub workflow can give (its token is the exception). */
export function cliSpecs(step: StepEntry): InputSpec[] {
  return step.specs.filter((i) => i.only !== 'github' || i.name === 'token');
}

/** `modelgate <step> --help`, from the step's declaration. */
export function stepHelp(step: StepEntry): string {
  const { declaration } = step;
  const flag = (i: InputSpec) => `--${i.name}${i.alias ? `, --${i.alias}` : ''}`;
  const specs = cliSpecs(step);
  const width = Math.max(12, ...specs.map((i) => flag(i).length));
  const lines = specs.map((i) => {
    const extra = [i.required && !i.requiredUnless ? 'required' : '', i.default ? `default: ${i.default}` : '', i.secret ? 'secret' : ''].filter(Boolean).join('; ');
    return `  ${flag(i).padEnd(width)} ${i.description.replace(/`/g, '')}${extra ? ` (${extra})` : ''}${i.options ? ` [${i.options.join('|')}]` : ''}`;
  });
  const usage = declaration.usage ? `Usage: ${declaration.usage}\n\n` : '';
  return `modelgate ${declaration.id}: ${declaration.description}\n\n${usage}Inputs:\n${lines.join('\n')}\n`;
}

/**
 * The `modelgate` command: `modelgate <step> --input value`. Picks the GitLab platform inside GitLab
 * CI and the local one elsewhere; commands (history) always run locally. Returns the exit code.
 */
export async function cli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Promise<number> {
  const [id, ...rest] = argv;
  const version = packageVersion();
  if (id === undefined || id === '--help' || id === '-h' || id === 'help') {
    process.stdout.write(HELP(version));
    return id === undefined ? 2 : 0;
  }
  if (id === '--version' || id === '-v') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const known = STEPS[id] ?? COMMANDS[id];
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(known ? stepHelp(known) : HELP(version));
    return known ? 0 : 2;
  }
  const outcome = await runOn(id, async () => {
    const step = findStep(id);
    const specs = cliSpecs(step);
    const { file, args } = inputsFileArg(id, rest);
    const flags = parseFlags(id, args, specs);
    const explicit = new Map(flags);
    if (file !== undefined) {
      const shown = file === '-' ? 'the inputs on stdin' : file;
      const text = readInputs(id, file, cwd);
      for (const [name, value] of parseInputsFile(id, text, specs, shown)) {
        if (flags.has(name)) throw new UserError(`${id}: input '${name}' is given both as --${name} and in ${shown}`);
        explicit.set(name, specs.find((s) => s.name === name)?.gitlabExpand ? expandVariables(value, env) : value);
      }
    }
    const source = explicitInputSource(id, explicit, env, specs, file === undefined ? 'as a flag' : file === '-' ? 'by the component (include: inputs:)' : `in ${file}`);
    const given = { givenInputs: () => givenCliInputs(explicit, env) };
    if (COMMANDS[id]) {
      // A command reads a store and prints; it is the same on every machine, in CI or not.
      return Object.assign(
        (await import('../platform/local.js')).createLocalPlatform(source, env, env.CI_PROJECT_DIR ?? env.GITHUB_WORKSPACE ?? cwd, { printOutputs: false }),
        given,
      );
    }
    if (env.GITLAB_CI === 'true') return Object.assign((await import('../platform/gitlab.js')).createGitLabPlatform(id, source), given);
    return Object.assign((await import('../platform/local.js')).createLocalPlatform(source, env, cwd), given);
  });
  return outcome.exitCode;
}

/** `--inputs <file>` taken out of the arguments (the rest are the step's flags). */
function inputsFileArg(id: string, argv: readonly string[]): { file?: string; args: string[] } {
  const args: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const inline = arg.startsWith('--inputs=') ? arg.slice('--inputs='.length) : undefined;
    if (arg !== '--inputs' && inline === undefined) {
      args.push(arg);
      continue;
    }
    const value = inline ?? argv[++i];
    if (!value || (inline === undefined && value.startsWith('--'))) throw new UserError(`${id}: option '--inputs' needs a file (or - for stdin)`);
    if (file !== undefined) throw new UserError(`${id}: option '--inputs' is given twice`);
    file = value;
  }
  return { file, args };
}

function readInputs(id: string, file: string, cwd: string): string {
  try {
    return readFileSync(file === '-' ? 0 : resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UserError(`${id}: cannot read the inputs ${file === '-' ? 'on stdin' : `file ${file}`}: ${(error as Error).message}`);
  }
}

/** Replaced by scripts/build.mjs with the package version; `dev` when run from source. */
const VERSION = '__MODELGATE_VERSION__';

function packageVersion(): string {
  return VERSION.startsWith('__') ? 'dev' : VERSION;
}
