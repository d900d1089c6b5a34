import { messageOf, UserError, ExternalError } from '../core/errors.js';
import { Inputs, type InputSpec } from '../core/inputs.js';
import { cliInputSource, parseFlags } from '../platform/cli-inputs.js';
import { historyReport, LOCAL_STORE } from '../steps/deployments.js';
import { readEnvironment } from '../steps/deploy-model/inputs.js';
import { registryInputs } from '../steps/registry-inputs.js';

const INPUTS: readonly InputSpec[] = [
  ...registryInputs,
  { name: 'environment', kind: 'string', required: true, description: 'The environment whose history to show.' },
  { name: 'format', kind: 'choice', default: 'table', options: ['table', 'markdown', 'json'], description: 'How to print it.' },
];

/** Help for `modelgate history`. */
export const HISTORY_HELP = `modelgate history: the deployment history of an environment, newest first, and the pointer it ends at.

Usage: modelgate history --model-name <name> --env <environment> [--registry <uri>] [--format table|markdown|json]
`;

/**
 * `modelgate history`: prints an environment's chain of deployment records. Its own single catch, like
 * a step's: user and server errors are one line on stderr, exit 1.
 */
export async function historyCommand(argv: readonly string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<number> {
  try {
    const args = argv.map((a) => a.replace(/^--env(?==|$)/, '--environment'));
    const read = new Inputs('history', INPUTS, cliInputSource(parseFlags('history', args, INPUTS.map((i) => i.name)), env));
    const environment = readEnvironment(read);
    if (!environment) throw read.error('environment', 'is required (--env production)', undefined);
    const modelName = read.required('model-name');
    const password = read.string('registry-password');
    const [{ openStore }, { history }] = await Promise.all([import('../registry/store.js'), import('../registry/models.js')]);
    const store = openStore(read.string('registry') ?? LOCAL_STORE, { workspace: env.CI_PROJECT_DIR ?? env.GITHUB_WORKSPACE ?? cwd, username: read.string('registry-username'), password });
    const chain = await history(store, modelName, environment);
    const format = read.choice('format');
    if (format === 'json') process.stdout.write(`${JSON.stringify({ model: modelName, environment, pointer: chain.pointer ?? null, forks: chain.forks, records: chain.records }, null, 2)}\n`);
    else {
      const report = historyReport(modelName, environment, chain.records, chain.pointer, chain.forks);
      process.stdout.write(format === 'markdown' ? report.markdown : report.text);
    }
    return 0;
  } catch (error) {
    if (error instanceof UserError || error instanceof ExternalError) process.stderr.write(`error: ${error.message}\n`);
    else process.stderr.write(`error: history: internal error: ${messageOf(error)}\n`);
    return 1;
  }
}
