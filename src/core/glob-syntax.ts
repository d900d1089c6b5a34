/**
 * Whether a path is a glob (`*`, `?`, `[...]` or `{...}`). Apart from the matcher (`glob.ts`, which
 * loads picomatch) so that reading plain paths never loads it.
 */
export function hasMagic(pattern: string): boolean {
  return /[*?{[]/.test(pattern);
}
