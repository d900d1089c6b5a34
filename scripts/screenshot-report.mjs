// Renders a report's markdown as GitHub does (cmark-gfm with its extensions, Mermaid blocks drawn by
// the mermaid package from node_modules) and takes a screenshot with Debian's chromium, headless and
// offline. Used to make the README's picture of a pull request comment from a real one:
//   MODELGATE_REPORT_EXAMPLE=docs/report-example.md npx vitest run test/report-chain.int.test.ts
//   node scripts/screenshot-report.mjs docs/report-example.md docs/report-example.png
// Needs: apt-get install -y cmark-gfm chromium.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [input, output, width = '980'] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/screenshot-report.mjs <report.md> <out.png> [width]');
  process.exit(2);
}
const markdown = readFileSync(input, 'utf8');
const cmark = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], { input: markdown, encoding: 'utf8' });
if (cmark.status !== 0) {
  console.error(`cmark-gfm failed: ${cmark.error?.message ?? cmark.stderr} (apt-get install -y cmark-gfm)`);
  process.exit(1);
}
// GitHub shows <details> open when a reader opens it: the picture opens them all.
const body = cmark.stdout.replace(/<details>/g, '<details open>');
const mermaid = join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; background: #fff; }
main { max-width: ${Number(width) - 60}px; margin: 16px auto; border: 1px solid #d1d9e0; border-radius: 6px; padding: 8px 24px 16px; }
table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #d1d9e0; padding: 4px 10px; } tr:nth-child(2n) { background: #f6f8fa; }
code { background: #eff1f3; border-radius: 4px; padding: 1px 4px; font-size: 85%; } summary { cursor: pointer; font-weight: 600; margin: 6px 0; }
blockquote { color: #59636e; border-left: 4px solid #d1d9e0; margin: 8px 0; padding: 0 12px; } h3 { margin: 12px 0 4px; }
.mermaid { max-width: 640px; }
</style></head><body><main>${body}</main>
<script src="file://${mermaid}"></script>
<script>
for (const pre of document.querySelectorAll('pre[lang="mermaid"]')) {
  const div = document.createElement('div');
  div.className = 'mermaid';
  div.textContent = pre.textContent;
  pre.replaceWith(div);
}
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
mermaid.run().then(() => { document.title = 'drawn'; });
</script></body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'modelgate-shot-'));
try {
  const page = join(dir, 'report.html');
  writeFileSync(page, html);
  const height = String(Math.max(900, Math.min(16000, 400 + body.split('\n').length * 22)));
  const shot = spawnSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--allow-file-access-from-files',
      '--virtual-time-budget=10000',
      `--window-size=${width},${height}`,
      `--screenshot=${resolve(output)}`,
      `file://${page}`,
    ],
    { encoding: 'utf8' },
  );
  if (shot.status !== 0) {
    console.error(`chromium failed: ${shot.error?.message ?? shot.stderr} (apt-get install -y chromium)`);
    process.exit(1);
  }
  console.log(`wrote ${output} (${width}×${height})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
