import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { expandVariables, explicitInputSource, parseInputsFile } from '../../src/platform/cli-inputs.js';
import { releasedTemplate } from '../helpers/gitlab-ci-local.js';
import { tempDir } from '../helpers/git.js';
import { ROOT } from '../helpers/runner.js';

const specs = [{ name: 'metrics' }, { name: 'rules' }, { name: 'title' }, { name: 'fail-on' }, { name: 'registry-password', secret: true }];

describe('the inputs file a GitLab component hands the CLI', () => {
  it('takes every value verbatim: quotes, $, backticks, command substitutions, several lines, empty', () => {
    const text = [
      '--- modelgate input: title ---',
      `It's "$HOME" \`id\` $(touch pwned) \${X}`,
      '--- modelgate input: rules ---',
      'accuracy: {min: 0.9}',
      '  # indented',
      '',
      'loss: {max: 1}',
      '--- modelgate input: metrics ---',
      '',
      '',
    ].join('\n');
    const values = parseInputsFile('compare-metrics', text, specs);
    expect(values.get('title')).toBe(`It's "$HOME" \`id\` $(touch pwned) \${X}`);
    expect(values.get('rules')).toBe('accuracy: {min: 0.9}\n  # indented\n\nloss: {max: 1}');
    expect(values.get('metrics')).toBe('');
  });

  it('refuses an unknown input with the nearest name, a value before any name, and an input given twice', () => {
    expect(() => parseInputsFile('compare-metrics', '--- modelgate input: fail_on ---\nnever\n', specs)).toThrow(
      "compare-metrics: the inputs file line 1: unknown input 'fail_on' (did you mean 'fail-on'?)",
    );
    expect(() => parseInputsFile('compare-metrics', 'never\n', specs)).toThrow("line 1: expected '--- modelgate input: <name> ---' before any value");
    expect(() => parseInputsFile('compare-metrics', '--- modelgate input: title ---\na\n--- modelgate input: title ---\nb\n', specs)).toThrow(
      "line 3: input 'title' is given twice",
    );
  });

  it('expands $NAME, ${NAME} and $$ as GitLab expands a variable, and nothing else', () => {
    const env = { CI_REGISTRY_IMAGE: 'registry.test/group/project', EMPTY: '' };
    expect(expandVariables('oci://$CI_REGISTRY_IMAGE/models', env)).toBe('oci://registry.test/group/project/models');
    expect(expandVariables('oci://${CI_REGISTRY_IMAGE}x $UNSET $$HOME $(id)', env)).toBe('oci://registry.test/group/projectx  $HOME $(id)');
  });

  it('a MODELGATE_* variable that contradicts a given input is an error; one that agrees, or a secret, is not', () => {
    const given = new Map([
      ['fail-on', 'fail'],
      ['title', 'Model metrics'],
    ]);
    expect(() => explicitInputSource('compare-metrics', given, { MODELGATE_FAIL_ON: 'never' }, specs, 'by the component (include: inputs:)')).toThrow(
      "compare-metrics: the variable MODELGATE_FAIL_ON='never' contradicts the input 'fail-on' ('fail') given by the component (include: inputs:). A CI/CD variable (project, group, pipeline or job) does not change an input: remove MODELGATE_FAIL_ON",
    );
    const source = explicitInputSource(
      'compare-metrics',
      given,
      { MODELGATE_FAIL_ON: 'fail', MODELGATE_REGISTRY_PASSWORD: 's3cret', MODELGATE_METRICS: 'm.json' },
      specs,
      'as a flag',
    );
    expect([source('fail-on'), source('registry-password'), source('metrics')]).toEqual(['fail', 's3cret', 'm.json']);
  });
});

describe("a released template's script, run by a POSIX shell", () => {
  // GitLab interpolates inputs into the parsed script; here the same substitution, then `sh` runs the
  // heredoc into the real CLI, which echoes nothing but fails on the contradiction it is shown.
  it('hands the CLI each input as written, whatever it holds, and no variable can override it', () => {
    const template = parseAllDocuments(releasedTemplate('compare-metrics')).map((d) => d.toJS());
    const script = (template[1]['$[[ inputs.job-name ]]'].script as string[])[0] as string;
    const heredoc = script.slice(script.indexOf('node "$mg_cli/package/dist/cli.js"'));
    const inputs: Record<string, string> = Object.fromEntries(
      Object.entries(template[0].spec.inputs as Record<string, { default?: unknown }>).map(([k, v]) => [k, String(v.default ?? '')]),
    );
    Object.assign(inputs, {
      metrics: 'm.json',
      title: `It's "$HOME" \`id\` $(touch pwned)`,
      rules: 'accuracy: {better: higher, min: 0.5}\nloss: {better: lower}',
      baseline: 'none',
      comment: 'false',
    });
    const rendered = heredoc.replace(/\$\[\[ inputs\.([a-z0-9-]+) \]\]/g, (_all, name: string) => inputs[name] ?? '');
    const dir = tempDir();
    // What the bootstrap unpacks: the release's package/ folder (here, this checkout's built dist/).
    const cli = tempDir();
    symlinkSync(ROOT, join(cli, 'package'));
    writeFileSync(join(dir, 'm.json'), '{"accuracy": 0.4, "loss": 0.2}\n');
    const run = (env: Record<string, string>) => spawnSync('sh', ['-c', rendered], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, mg_cli: cli, HOME: dir, ...env } });
    const failing = run({});
    expect(failing.status, failing.stderr).toBe(1);
    expect(failing.stderr).toContain('accuracy');
    expect(failing.stderr).toContain(`It's "$HOME" \`id\` $(touch pwned)`);
    const overridden = run({ MODELGATE_FAIL_ON: 'never', MODELGATE_TITLE: 'x' });
    expect(overridden.status).toBe(1);
    expect(overridden.stderr).toMatch(/the variable MODELGATE_(FAIL_ON|TITLE)=.* contradicts the input/);
    expect(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout).not.toContain('pwned');
  });
});
