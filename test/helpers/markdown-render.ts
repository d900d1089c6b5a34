import { spawnSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';
import { mermaidBlocks } from './mermaid.js';

/** cmark-gfm as github.com renders comments before its sanitiser: raw HTML on and GitHub's extensions. */
const CMARK_ARGS = ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'];

/** Markdown as github.com renders it; a missing renderer fails the test (it is never skipped). */
export function cmark(markdown: string): string {
  const result = spawnSync('cmark-gfm', CMARK_ARGS, { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      "cmark-gfm is not installed: install Debian's cmark-gfm (apt-get install -y cmark-gfm; .ci/run does), GitHub's markdown renderer, which these tests render with",
    );
  }
  if (result.status !== 0) throw new Error(`cmark-gfm failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

const markdownIt = new MarkdownIt({ html: true, linkify: true });

/** The two renderers reports are checked with: GitHub's (cmark-gfm) and markdown-it (GitLab-like, HTML and linkify on). */
export const RENDERERS: [string, (markdown: string) => string][] = [
  ['cmark-gfm', cmark],
  ['markdown-it', (markdown) => markdownIt.render(markdown)],
];

/** HTML entities as both renderers write them, back to text. */
export const decodeHtml = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

/** What a rendered report's structure must hold; empty when it holds. */
export function structureProblems(markdown: string, html: string): string[] {
  const problems: string[] = [];
  const count = (re: RegExp) => html.match(re)?.length ?? 0;
  const opened = count(/<details[\s>]/g);
  if (opened !== count(/<\/details>/g)) problems.push(`${opened} <details> but ${count(/<\/details>/g)} </details>`);
  if (count(/<summary>/g) !== count(/<\/summary>/g)) problems.push('unbalanced <summary>');
  if (count(/<table>/g) !== count(/<\/table>/g)) problems.push('unbalanced <table>');
  for (const [t, table] of [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].entries()) {
    const widths = [...(table[1] as string).matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1] as string).match(/<t[hd][\s>]/g)?.length ?? 0);
    if (new Set(widths).size > 1) problems.push(`table ${t + 1}: rows of ${[...new Set(widths)].join(', ')} cells`);
  }
  // Every Mermaid block reaches the page as one code block holding exactly its text, as GitHub's and GitLab's Mermaid renderers need.
  const blocks = mermaidBlocks(markdown);
  const rendered = [...html.matchAll(/<pre[^>]*><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)].map((m) => decodeHtml(m[1] as string));
  if (rendered.length !== blocks.length) problems.push(`${blocks.length} mermaid blocks in the markdown, ${rendered.length} rendered as mermaid code`);
  blocks.forEach((block, i) => {
    if (rendered[i] !== undefined && rendered[i] !== block) problems.push(`mermaid block ${i + 1} changed in rendering`);
  });
  return problems;
}

/** Renders with both renderers; the problems of each, prefixed by the renderer's name. */
export function renderProblems(markdown: string): string[] {
  return RENDERERS.flatMap(([name, render]) => structureProblems(markdown, render(markdown)).map((p) => `${name}: ${p}`));
}
