import { markdownTable } from 'markdown-table';

const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

function shorten(text: string, maxLength: number): string {
  const t = text.replace(CONTROL, ' ');
  return t.length > maxLength ? `${t.slice(0, maxLength - 1)}…` : t;
}

/**
 * Untrusted text (a metric name or value, a file name, a git ref) as a code span: GitHub and GitLab
 * render it literally, with no HTML, emphasis, links, autolinks, mentions or references. `inTable`
 * escapes `|`, which a GFM table splits on even inside code. Newlines become spaces.
 */
export function code(text: string, options: { inTable?: boolean; maxLength?: number } = {}): string {
  let t = shorten(text, options.maxLength ?? 200);
  // `` is no code span: GitHub's renderer then pairs the backticks of the spans after it on the line
  // otherwise, and one of those texts renders as markdown and HTML. One space is an empty code span.
  if (t === '') return '` `';
  if (options.inTable) t = t.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick or a space needs a space of padding, which is stripped.
  const pad = /^[` ]|[` ]$/.test(t) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/**
 * Mentions, autolinks and references (GitHub's #1 and GH-1, GitLab's !1 ~label %milestone $snippet
 * &epic ^) are found in rendered text, where an escape no longer exists; a zero-width space breaks the
 * pattern without changing what is read.
 */
function breakReferences(text: string): string {
  return text
    .replace(/@/g, '\u200b@\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
    .replace(/\b(GH)-(?=\d)/gi, '$1-\u200b')
    .replace(/([#!~%$&^])(?=[\w"'])/g, '$1\u200b');
}

/** A URL safe to place in a markdown or HTML link: plain http(s), nothing that could end the link or add markup. */
export function linkUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s()<>[\]"']+$/.test(url) ? url : undefined;
}

/**
 * Untrusted text as prose (a title): renders as the literal text, with no HTML, emphasis, links,
 * autolinks, mentions, references or block syntax (where it starts a paragraph) on GitHub or GitLab. Newlines become spaces.
 */
export function escapeMarkdown(text: string, maxLength = 200): string {
  const t = breakReferences(shorten(text, maxLength));
  return (
    t
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Only what is markdown inside a paragraph or a table cell: block syntax cannot start mid-line.
      .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
      .replace(/\|/g, '&#124;')
      // A dot before a letter makes a domain (`train.py`, `a.b.cx`) that fuzzy linkers (markdown-it,
      // chat clients) link; the escaped dot renders the same and links nothing.
      .replace(/\.(?=\p{L})/gu, '\\.')
      // Placed at the start of a paragraph it must not open a block either: a heading (#), a list item
      // (-, +, 1. or 1)), a rule (---), a setext underline (===), or an indented code block.
      .replace(/^\s+/, '')
      // Nor may it end in a space: `**text **` is no strong emphasis, and the report's bold is lost.
      .replace(/\s+$/, '')
      .replace(/^([#+=-])/, '\\$1')
      .replace(/^(\d{1,9})([.)])/, '$1\\$2')
  );
}

/**
 * Untrusted text inside HTML the report writes (a `<summary>`): markdown is not read there, so it is
 * HTML-escaped, and mentions, references and autolinks are broken as in {@link escapeMarkdown}.
 */
export function escapeHtml(text: string, maxLength = 200): string {
  return breakReferences(shorten(text, maxLength)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Untrusted text as `<code>` inside HTML the report writes. */
export function htmlCode(text: string, maxLength = 200): string {
  return `<code>${escapeHtml(text, maxLength)}</code>`;
}

/** An identifier safe for an HTML comment marker: letters, digits and `._/:-` only. */
export function markerKey(text: string): string {
  return text.replace(/[^A-Za-z0-9._/:-]+/g, '-').slice(0, 120);
}

/** Characters a table row adds to the markdown, as {@link table} renders it (for size budgets). */
export function rowLength(cells: readonly string[]): number {
  return `| ${cells.join(' | ')} |\n`.length;
}

/** A GitHub/GitLab table with unpadded delimiters; cells must already be escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r' | 'c' | '')[]): string {
  return markdownTable([header, ...rows], { alignDelimiters: false, align: align ? [...align] : undefined });
}
