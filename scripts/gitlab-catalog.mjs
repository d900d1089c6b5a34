// Writes the GitLab CI/CD catalog project for one release: templates/ with the CLI pinned (version and
// the sha256 of the release tarball), README.md, .gitlab-ci.yml (upload the CLI, test, release on the
// version's tag), LICENSE, test data, and the tarball under cli/. See gitlab/README.md.
//
//   node scripts/gitlab-catalog.mjs --tarball modelgate-1.2.0.tgz --project <group>/modelgate --out catalog
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { tarball: { type: 'string' }, project: { type: 'string' }, out: { type: 'string' } } });
if (!values.tarball || !values.project || !values.out) {
  console.error('usage: node scripts/gitlab-catalog.mjs --tarball modelgate-<version>.tgz --project <group>/modelgate --out <folder>');
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (basename(values.tarball) !== `modelgate-${version}.tgz`) {
  console.error(`--tarball must be modelgate-${version}.tgz (npm pack of this checkout), got ${basename(values.tarball)}`);
  process.exit(2);
}
if (!/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/.test(values.project)) {
  console.error(`--project must be the catalog project's path, like group/modelgate; got ${values.project}`);
  process.exit(2);
}
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
const { STEPS } = await import(join(root, 'build', 'steps', 'index.js'));
const { catalogFiles } = await import(join(root, 'build', 'steps', 'gitlab-catalog.js'));
const sha256 = createHash('sha256').update(readFileSync(values.tarball)).digest('hex');
const files = catalogFiles(Object.values(STEPS), { version, sha256, project: values.project }, readFileSync(join(root, 'LICENSE'), 'utf8'));
for (const [path, text] of files) {
  mkdirSync(dirname(join(values.out, path)), { recursive: true });
  writeFileSync(join(values.out, path), text);
}
mkdirSync(join(values.out, 'cli'), { recursive: true });
copyFileSync(values.tarball, join(values.out, 'cli', basename(values.tarball)));
console.log(`${values.out}: modelgate ${version}, sha256 ${sha256}, for ${values.project}`);
