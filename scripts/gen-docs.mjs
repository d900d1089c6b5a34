// Regenerates actions/<id>/action.yml, the inputs and job variables of gitlab/templates/<id>.yml, and the
// input and output tables in README.md and actions/<id>/README.md from the steps' input lists. Run
// `npm run docs` after changing src/steps/*/inputs.ts (a test fails until you do).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
const { STEPS } = await import(join(root, 'build', 'steps', 'index.js'));
const { actionYml, fillTables } = await import(join(root, 'build', 'steps', 'docs.js'));
const metas = Object.values(STEPS).map((s) => s.meta);
for (const meta of metas) {
  const path = join(root, 'actions', meta.id, 'action.yml');
  const text = actionYml(meta);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`updated actions/${meta.id}/action.yml`);
  }
}
const { refreshGitlabTemplate } = await import(join(root, 'build', 'steps', 'gitlab-template.js'));
for (const meta of metas) {
  const path = join(root, 'gitlab', 'templates', `${meta.id}.yml`);
  const before = readFileSync(path, 'utf8');
  const after = refreshGitlabTemplate(meta, before);
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`updated gitlab/templates/${meta.id}.yml`);
  }
}
const files = ['README.md', ...metas.map((m) => join('actions', m.id, 'README.md'))];
for (const file of files) {
  const path = join(root, file);
  if (!existsSync(path)) continue;
  const before = readFileSync(path, 'utf8');
  const after = fillTables(before, metas);
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`updated ${file}`);
  }
}
