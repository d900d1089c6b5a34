// Regenerates every front door from the steps' declarations (src/steps/<id>/step.ts): actions/<id>/action.yml,
// modelgate.schema.json (from src/core/config-schema.ts),
// gitlab/templates/<id>.yml, and the input and output tables in README.md, actions/<id>/README.md and (for the
// CLI commands) docs/model-storage.md. Run
// `npm run docs` after changing a declaration (a test fails until you do).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
const { STEPS, COMMANDS } = await import(join(root, 'build', 'steps', 'index.js'));
const { actionYml, fillTables } = await import(join(root, 'build', 'steps', 'docs.js'));
const steps = Object.values(STEPS);
for (const step of steps) {
  const id = step.declaration.id;
  const path = join(root, 'actions', id, 'action.yml');
  const text = actionYml(step);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`updated actions/${id}/action.yml`);
  }
}
const { gitlabTemplate } = await import(join(root, 'build', 'steps', 'gitlab-template.js'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const step of steps) {
  const id = step.declaration.id;
  const path = join(root, 'gitlab', 'templates', `${id}.yml`);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  // This repository's templates pin no checksum: only a catalog project made by scripts/gitlab-catalog.mjs runs.
  const after = gitlabTemplate(step, { version: pkg.version, sha256: '', project: '' });
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`updated gitlab/templates/${id}.yml`);
  }
}
const { CONFIG_SCHEMA } = await import(join(root, 'build', 'core', 'config-schema.js'));
const schemaPath = join(root, 'modelgate.schema.json');
const schemaText = `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`;
if (readFileSync(schemaPath, 'utf8') !== schemaText) {
  writeFileSync(schemaPath, schemaText);
  console.log('updated modelgate.schema.json');
}
const { GITLAB_QUICKSTART } = await import(join(root, 'build', 'steps', 'gitlab-catalog.js'));
const quickstart = (doc) =>
  doc.replace(/(<!-- generated:gitlab-quickstart -->\n)[\s\S]*?(<!-- end:gitlab-quickstart -->)/, (_all, start, end) => `${start}\`\`\`yaml\n${GITLAB_QUICKSTART}\`\`\`\n${end}`);
// The CLI commands (history, versions, ...) have no action or component: only their input tables, where a document has the markers.
const documented = [...steps, ...Object.values(COMMANDS)];
const files = ['README.md', join('docs', 'model-storage.md'), ...steps.map((s) => join('actions', s.declaration.id, 'README.md'))];
for (const file of files) {
  const path = join(root, file);
  if (!existsSync(path)) continue;
  const before = readFileSync(path, 'utf8');
  const after = quickstart(fillTables(before, documented));
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`updated ${file}`);
  }
}
