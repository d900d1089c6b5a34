/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short words. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const up = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, (rows[i - 2] as number[])[j - 2]! + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known word closest to what the user wrote, when it is close enough to be a typo (`fail_on` for
 * `fail-on`, `warning` for `warn`); `undefined` otherwise. Case, `_` and `-` are ignored.
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  // Case, '-' and '_' do not tell words apart (fail_on, maxdrop and Max-Drop are the same mistake).
  const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  const w = norm(word);
  if (w.length > 64) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const n = norm(k);
    const score = n === w ? 0 : n.startsWith(w) || w.startsWith(n) ? 1 : distance(w, n);
    if (score < bestScore) [best, bestScore] = [k, score];
  }
  return best !== undefined && bestScore <= Math.max(1, Math.floor(Math.max(w.length, 3) / 3)) ? best : undefined;
}

/** `; did you mean 'x'?` for {@link closest}, or nothing. */
export function didYouMean(word: string, known: readonly string[]): string {
  const hit = closest(word, known);
  return hit === undefined ? '' : `; did you mean '${hit}'?`;
}
