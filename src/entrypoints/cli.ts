import type { InputSpec } from '../core/inputs.js';
import { cliInputSource, givenCliInputs, parseFlags } from '../platform/cli-inputs.js';
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

Inputs also come from MODELGATE_<INPUT> variables (fail-on: MODELGATE_FAIL_ON).
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
    const flags = parseFlags(id, rest, specs);
    const source = cliInputSource(flags, env);
    const given = { givenInputs: () => givenCliInputs(flags, env) };
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

/** Replaced by scripts/build.mjs with the package version; `dev` when run from source. */
const VERSION = '__MODELGATE_VERSION__';

function packageVersion(): string {
  return VERSION.startsWith('__') ? 'dev' : VERSION;
}
