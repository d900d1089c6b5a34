import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretForms } from '../src/core/secrets.js';
import { commit, initRepo } from './helpers/git.js';
import { writeComparison, writeTrainedModel } from './helpers/model-workspace.js';
import { examplePayload, ROOT, runAction } from './helpers/runner.js';

/**
 * An untrusted training command (PR code on a `pull_request` workflow) reads every environment it can
 * (`/proc/*\/environ`, its parent's included, where the step's tokens are) and prints what it finds raw,
 * base64 and URL-encoded, and plants one in a metric name. Whatever it does, nothing modelgate writes
 * (the job log, train.log, run.json, outputs, the summary) may hold a secret in any of those forms.
 */
const SECRETS = {
  INPUT_TOKEN: 'ghs_PRtokenAAAAbbbbCCCCddddEEEEffff0123',
  ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOiJSUzI1NiJ9.runtime-token-payload.signature42',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-request-9f8e7d6c5b4a39281706',
  CI_JOB_TOKEN: 'glcbt-64_jobtoken-zyxwvutsrqponm',
  MODELGATE_TOKEN: 'glpat-modelgatetoken-1234567890ab',
  CI_REGISTRY_PASSWORD: 'registry-password-5e4d3c2b1a0f',
};
// The registry password is a deploy-model input: the runner gives it to the step as INPUT_REGISTRY-PASSWORD.
const NAMES = [...Object.keys(SECRETS), 'INPUT_REGISTRY-PASSWORD'].join('|');
const GITLAB = { CI_JOB_TOKEN: SECRETS.CI_JOB_TOKEN, MODELGATE_TOKEN: SECRETS.MODELGATE_TOKEN, CI_REGISTRY_PASSWORD: SECRETS.CI_REGISTRY_PASSWORD };

// Harvests from every readable environ, then prints and plants what it found.
const HARVEST = `
found=$( (for f in /proc/[0-9]*/environ; do tr '\\0' '\\n' < "$f" || true; done) 2>/dev/null | grep -E '^(${NAMES})=' | sort -u || true)
[ -n "$found" ] || { echo "found nothing"; exit 3; }
printf '%s\\n' "$found" | while IFS='=' read -r k v; do
  echo "raw $k=$v"
  echo "b64 $(printf 'x%s' "$v" | base64 -w0)"
  node -e 'console.error("url " + encodeURIComponent(process.argv[1]))' "$v"
done
[ -n "$HARVEST_ONLY" ] && exit 0
# sed reads to the end: head would exit first, and printf's SIGPIPE (exit 141) fail the command under pipefail.
first=$(printf '%s\\n' "$found" | sed -n '1s/^[^=]*=//p')
mkdir -p out/model && echo weights > out/model/w.bin
node -e 'require("fs").writeFileSync("out/metrics.json", JSON.stringify({ accuracy: 0.9, ["leak." + process.argv[1]]: 1 }))' "$first"
`;

/** Every file under `dir`, with its text. */
function filesUnder(dir: string): [string, string][] {
  return readdirSync(dir).flatMap((name): [string, string][] => {
    const path = join(dir, name);
    // `.git`, and `out/`: what the command itself wrote is its own (a metric name it planted is checked where modelgate copies it).
    if (name === '.git' || name === 'out') return [];
    return statSync(path).isDirectory() ? filesUnder(path) : [[path, readFileSync(path, 'latin1')]];
  });
}

/**
 * The secrets given to the step that show up in any form in `places`. Only those: the command reads
 * every environment on the machine, other tests' processes' included, and a value the step was never
 * given is not one it can know to mask.
 */
function leaks(places: [string, string][], given: readonly (keyof typeof SECRETS)[]): string[] {
  const found: string[] = [];
  for (const [name, secret] of Object.entries(SECRETS).filter(([name]) => (given as readonly string[]).includes(name)))
    for (const form of secretForms(secret)) for (const [where, text] of places) if (text.includes(form)) found.push(`${name} (${form === secret ? 'raw' : form}) in ${where}`);
  return found;
}

describe('secrets a training command can read never reach what modelgate writes', () => {
  it('GitHub: dist/train-model.js with a harvesting command', async () => {
    const { repo } = initRepo({ 'README.md': 'x\n' });
    commit(repo, { '.gitignore': 'out/\nmodelgate-train/\n' }, 'init');
    const run = await runAction('train-model', {
      workspace: repo,
      inputs: { run: HARVEST, metrics: 'out/metrics.json', model: 'out/model', token: SECRETS.INPUT_TOKEN },
      env: {
        ACTIONS_RUNTIME_TOKEN: SECRETS.ACTIONS_RUNTIME_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: SECRETS.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/',
      },
    });
    expect(run.exitCode, run.stderr).toBe(0);
    const log = readFileSync(join(repo, 'modelgate-train/train.log'), 'utf8');
    // The attack worked (it found the step's tokens in its parent's environment) and was scrubbed.
    expect(log).toMatch(/raw INPUT_TOKEN=\*\*\*/);
    expect(log).toMatch(/raw ACTIONS_RUNTIME_TOKEN=\*\*\*/);
    // `::add-mask::` is the runner's own command, read by the runner and never shown.
    const stdout = run.stdout.replace(/^::add-mask::.*$/gm, '');
    const places: [string, string][] = [['stdout', stdout], ['stderr', run.stderr], ['outputs', JSON.stringify(run.outputs)], ['summary', run.summary], ...filesUnder(repo)];
    expect(leaks(places, ['INPUT_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])).toEqual([]);
  }, 60_000);

  it('GitHub: dist/deploy-model.js with a harvesting smoke test', async () => {
    const { repo } = initRepo({ 'README.md': 'x\n' });
    commit(repo, { '.gitignore': 'runs/\nmodels/\n.modelgate/\n' }, 'init');
    const record = writeTrainedModel(repo, { dir: 'runs/r1', id: 'r1', sha: 'c'.repeat(40) });
    const comparison = writeComparison(repo, 'runs/r1/comparison.json', [['test.accuracy', 'pass']], 'c'.repeat(40));
    const run = await runAction('deploy-model', {
      workspace: repo,
      inputs: {
        'run-record': record,
        comparison,
        registry: 'oci-layout:models',
        'registry-password': SECRETS.CI_REGISTRY_PASSWORD,
        'model-name': 'team/iris',
        environment: 'production',
        'smoke-test': `HARVEST_ONLY=1; ${HARVEST}`,
        token: SECRETS.INPUT_TOKEN,
      },
      event: { name: 'push', payload: examplePayload('push') },
      env: {
        ACTIONS_RUNTIME_TOKEN: SECRETS.ACTIONS_RUNTIME_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: SECRETS.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/',
      },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.promoted).toBe('true');
    const log = readFileSync(join(repo, '.modelgate/logs/smoke-test.log'), 'utf8');
    // The smoke test found the step's tokens (the registry password too) in its parent's environment; all scrubbed.
    expect(log).toMatch(/raw INPUT_TOKEN=\*\*\*/);
    expect(log).toMatch(/raw ACTIONS_RUNTIME_TOKEN=\*\*\*/);
    expect(log).toMatch(/raw INPUT_REGISTRY-PASSWORD=\*\*\*/);
    const stdout = run.stdout.replace(/^::add-mask::.*$/gm, '');
    const places: [string, string][] = [['stdout', stdout], ['stderr', run.stderr], ['outputs', JSON.stringify(run.outputs)], ['summary', run.summary], ...filesUnder(repo)];
    expect(leaks(places, ['INPUT_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'CI_REGISTRY_PASSWORD'])).toEqual([]);
  }, 60_000);

  it('GitLab: the CLI, where nothing masks the job log', async () => {
    const { repo } = initRepo({ 'README.md': 'x\n' });
    commit(repo, { '.gitignore': 'out/\nmodelgate-train/\n*.env\n' }, 'init');
    writeFileSync(
      join(repo, 'inputs'),
      `--- modelgate input: run ---\n${HARVEST}\n--- modelgate input: metrics ---\nout/metrics.json\n--- modelgate input: model ---\nout/model\n`,
    );
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'train-model', '--inputs', 'inputs'], {
      cwd: repo,
      env: { PATH: process.env.PATH, HOME: repo, GITLAB_CI: 'true', CI_PROJECT_DIR: repo, CI_COMMIT_SHA: 'f'.repeat(40), CI_PIPELINE_SOURCE: 'push', ...GITLAB },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, output).toBe(0);
    expect(output).toMatch(/raw CI_JOB_TOKEN=\*\*\*/);
    expect(output).toMatch(/url \*\*\*/);
    expect(leaks([['job log', output], ...filesUnder(repo)], ['CI_JOB_TOKEN', 'MODELGATE_TOKEN', 'CI_REGISTRY_PASSWORD'])).toEqual([]);
  }, 60_000);
});
