// Writes src/data/hysnappy-wasm.ts: the WebAssembly Snappy decoder of the installed hysnappy (the one
// hyparquet-compressors uses), which validate-data instantiates itself so that a page is uncompressed
// into the module's memory and read there, not copied out. Run after upgrading hyparquet-compressors;
// test/data/parquet-buffers.test.ts fails while the copy differs from the installed package.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'node_modules', 'hysnappy');
const { version, license, author } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const source = readFileSync(join(pkg, 'js', 'uncompress.js'), 'utf8');
const match = /const wasm64 = '([A-Za-z0-9+/=]+)'/.exec(source);
if (!match) throw new Error('hysnappy/js/uncompress.js: no wasm64 constant (has the package changed its layout?)');
const notice = readFileSync(join(pkg, 'LICENSE'), 'utf8')
  .trim()
  .split('\n')
  .filter(Boolean)
  .map((l) => ` * ${l}`.trimEnd());
const out = `/**
 * The WebAssembly Snappy decoder of hysnappy ${version} (${license}, by ${author}), copied by scripts/vendor-hysnappy.mjs.
 *
${notice.join('\n')}
 */

/** The hysnappy version this copy is from. */
export const HYSNAPPY_VERSION = '${version}';

/** The module, base64: exports \`memory\` and \`uncompress(inputStart, inputLength, outputStart)\`. */
export const HYSNAPPY_WASM =
  '${match[1]}';
`;
writeFileSync(join(root, 'src', 'data', 'hysnappy-wasm.ts'), out);
console.log(`src/data/hysnappy-wasm.ts: hysnappy ${version}, ${match[1].length} base64 characters`);
