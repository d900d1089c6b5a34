import { markdownTable } from 'markdown-table';

/**
 * Escaping for untrusted text (metric names, values, file names, refs) on its way into GitHub or GitLab
 * markdown. The result renders as the literal text: no HTML, emphasis, links, autolinks, mentions,
 * issue references or table breaks. Newlines become spaces so a table row stays one row.
 */
export function escapeMarkdown(text: string, maxLength = 200): string {
  let t = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  if (t.length > maxLength) t = `${t.slice(0, maxLength - 1)}…`;
  // Mentions, e-mail and URL autolinks, and issue references are found in rendered text, where an
  // escape no longer exists; a zero-width space breaks the pattern without changing what is read.
  t = t
    .replace(/@/g, '\u200b@\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\b(www)\./gi, '$1\u200b.')
    .replace(/#(?=\d)/g, '#\u200b');
  return t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Only what is markdown inside a paragraph or a table cell: block syntax cannot start mid-line.
    .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
    .replace(/\|/g, '&#124;');
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
