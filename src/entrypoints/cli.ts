import { UserError } from '../core/errors.js';
import { cliInputSource, parseFlags } from '../platform/cli-inputs.js';
import { STEPS } from '../steps/index.js';
import { runOn } from './main.js';

const HELP = (version: string) => `modelgate ${version}: CI/CD steps for machine learning

Usage: modelgate <step> [--input value ...]
       modelgate <step> --help
       modelgate history --model-name <name> --env <environment>

Steps:
${Object.values(STEPS)
  .map((s) => `  ${s.meta.id.padEnd(18)} ${s.meta.description}`)
  .join('\n')}

Inputs also come from MODELGATE_<INPUT> variables (fail-on: MODELGATE_FAIL_ON).
On GitLab CI (GITLAB_CI=true) the GitLab platform is used: MR notes, dotenv outputs.
Elsewhere outputs are printed as one JSON object on stdout; logs and reports go to stderr.
`;

function stepHelp(id: string): string {
  const meta = STEPS[id]?.meta;
  if (!meta) return '';
  const inputs = meta.inputs.filter((i) => i.only !== 'github' || i.name === 'token');
  return `modelgate ${id}: ${meta.description}\n\nInputs:\n${inputs
    .map((i) => `  --${i.name.padEnd(12)} ${i.description.replace(/`/g, '')}${i.default ? ` (default: ${i.default})` : ''}${i.options ? ` [${i.options.join('|')}]` : ''}`)
    .join('\n')}\n`;
}

/**
 * The `modelgate` command: `modelgate <step> --input value`. Picks the GitLab platform inside GitLab
 * CI and the local one elsewhere. Returns the exit code.
 */
export async function cli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
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
  if (id === 'history') {
    const { historyCommand, HISTORY_HELP } = await import('./history.js');
    if (rest.includes('--help') || rest.includes('-h')) return process.stdout.write(HISTORY_HELP), 0;
    return historyCommand(rest, env);
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(stepHelp(id) || HELP(version));
    return STEPS[id] ? 0 : 2;
  }
  const outcome = await runOn(id, async () => {
    const meta = STEPS[id]?.meta;
    if (!meta) throw new UserError(`unknown step '${id}'`);
    const source = cliInputSource(parseFlags(id, rest, meta.inputs.map((i) => i.name)), env);
    if (env.GITLAB_CI === 'true') return (await import('../platform/gitlab.js')).createGitLabPlatform(id, source);
    return (await import('../platform/local.js')).createLocalPlatform(source, env);
  });
  return outcome.exitCode;
}

/** Replaced by scripts/build.mjs with the package version; `dev` when run from source. */
const VERSION = '__MODELGATE_VERSION__';

function packageVersion(): string {
  return VERSION.startsWith('__') ? 'dev' : VERSION;
}
