// Builds dist/: tsc to build/, one ncc bundle dist/index.js (+ lazily loaded chunks), a stub per step,
// and dist/cli.js. Deterministic, so check-dist can rebuild and diff.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'build'), { recursive: true, force: true });
rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.json']);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cliJs = join(root, 'build', 'entrypoints', 'cli.js');
writeFileSync(cliJs, readFileSync(cliJs, 'utf8').replace('__MODELGATE_VERSION__', pkg.version));
run(bin('ncc'), ['build', 'build/entrypoints/index.js', '-o', 'dist', '--license', 'licenses.txt', '--quiet', '--no-source-map-register']);

// validate-data's worker thread is a bundle of its own: ncc copies a `new URL('./x.js', import.meta.url)`
// worker as an asset without its imports, so that copy is replaced by a stub loading the bundle.
if (existsSync(join(root, 'build', 'data', 'validate-worker.js'))) {
  run(bin('ncc'), ['build', 'build/data/validate-worker.js', '-o', 'dist/worker', '--quiet', '--no-source-map-register']);
  writeFileSync(join(root, 'dist', 'validate-worker.js'), `import './worker/index.js';\n`);
}

const { STEP_IDS } = await import(join(root, 'build', 'steps', 'index.js'));
const { STEPS } = await import(join(root, 'build', 'steps', 'index.js'));
for (const id of STEP_IDS) {
  writeFileSync(join(root, 'dist', `${id}.js`), `import { runStep } from './index.js';\nawait runStep('${id}');\n`);
  if (STEPS[id].loadPost) writeFileSync(join(root, 'dist', `${id}-post.js`), `import { runStep } from './index.js';\nawait runStep('${id}', 'post');\n`);
}
writeFileSync(join(root, 'dist', 'cli.js'), `#!/usr/bin/env node\nimport { cli } from './index.js';\nprocess.exitCode = await cli(process.argv.slice(2));\n`);
chmodSync(join(root, 'dist', 'cli.js'), 0o755);
