/** One line of a chart: a value per category; null where that run has no value. */
export interface Series {
  name: string;
  values: readonly (number | null)[];
}

/** A line chart: trends over recorded runs, or a training curve over epochs or steps. */
export interface LineChart {
  title: string;
  /** The x axis: categories (e.g. short SHAs, 'candidate') or numbers (epochs, steps). */
  x: { label?: string; categories: readonly string[] } | { label?: string; values: readonly number[] };
  y?: { label?: string };
  series: readonly Series[];
}

// Mermaid's xychart palettes have ten colours: an eleventh line would repeat one.
const MAX_SERIES = 10;
// A band axis this wide still leaves room for a short SHA under each point in a 700px chart.
const MAX_POINTS = 60;
// Mermaid's default maxTextSize: a longer diagram renders as an error box instead of the chart.
const MAX_TEXT = 50_000;
const LIMIT = { title: 100, axis: 60, category: 30, series: 60 };
// Visible where a character was refused, so a replaced label never reads as a different, clean one.
const MARK = '\ufffd';
// Letters, marks and digits of any script, and punctuation that means nothing inside a quoted
// xychart string to any Mermaid step. Left out, with the reason: `"` ends the string (there is no
// escape); a backtick opens a markdown string and could close the fence; `<` `>` `&` are markup or
// are re-escaped by Mermaid's DOMPurify pass (`&` shows as `&amp;`), and `&` is decoded by mermaid.run's
// entity decoding; `;` completes `#35;`-style entity codes and the `style...#...;` rewrite (both
// applied to the whole text before parsing); `=` becomes `&equals;` at some security levels; `°` and
// `¶` are halves of Mermaid's entity placeholders; brackets, braces, `|`, `\` and the rest buy
// nothing a metric name needs. `%` stays, but never doubled: `%%{...}%%` is a directive anywhere.
const SAFE = /[\p{L}\p{M}\p{N} .,\-_/:+()'#%@]/u;
const SPACE = /[\s\p{Cc}]/u;

/**
 * Text made safe as a quoted Mermaid label (what mermaidLineChart uses for every label): the text to
 * place between double quotes, rendered by Mermaid as exactly these characters. Whitespace and
 * control characters become single spaces and the ends are trimmed (Mermaid trims labels itself);
 * every other character outside letters, marks and digits of any script and ` .,-_/:+()'#%@` becomes
 * U+FFFD, as does the second `%` of `%%`; text longer than `maxLength` code points is cut, ending in `…`.
 * May be empty: Mermaid refuses `""`, so callers leave an empty label out.
 */
export function mermaidLabel(text: string, maxLength = 60): string {
  let out = '';
  for (const c of text) out += SPACE.test(c) ? ' ' : SAFE.test(c) ? c : MARK;
  const chars = [
    ...out
      .replace(/(?<=%)%/g, MARK)
      .replace(/ {2,}/g, ' ')
      .trim(),
  ];
  const max = Math.max(1, Math.floor(maxLength));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…`.replace(/ …$/, '…') : chars.join('');
}

/** A finite number in the digits-only form xychart's grammar takes (`[+-]?(\d+(\.\d+)?|\.\d+)`): no exponent. */
function decimal(v: number): string {
  // -0 stays -0 so that a value reads back as exactly the one given.
  if (Object.is(v, -0)) return '-0';
  const s = String(v);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = '', head = '', tail = '', exp = '0'] = m;
  const digits = head + tail;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits.padEnd(point, '0')}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The y range: the values' own, widened when they are all equal (a zero-height axis draws nothing). */
function yRange(values: readonly number[]): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo < hi) return [lo, hi];
  const pad = Math.abs(lo) / 10 || 1;
  lo = Math.max(lo - pad, -Number.MAX_VALUE);
  hi = Math.min(hi + pad, Number.MAX_VALUE);
  // A subnormal value's tenth rounds back to it.
  return lo < hi ? [lo, hi] : [lo - 1, hi + 1];
}

const quoted = (label: string): string => (label === '' ? '' : `"${label}" `);

/** The indices to draw, at most `limit`: the latest categories, or numbers spread from first to last. */
function pick(shown: readonly number[], limit: number, numeric: boolean): number[] {
  if (shown.length <= limit) return [...shown];
  if (!numeric) return shown.slice(-limit);
  if (limit === 1) return shown.slice(-1);
  return Array.from({ length: limit }, (_, i) => shown[Math.round((i * (shown.length - 1)) / (limit - 1))] as number);
}

/**
 * A fenced ```mermaid block holding an xychart-beta line chart, ending in a newline; undefined when there is nothing to draw (no finite value).
 *
 * Every label goes through {@link mermaidLabel} (title 100 code points, axis labels 60, categories
 * 30, series names 60); an empty or repeated category becomes U+FFFD or gets ` (2)`, ` (3)`…, since
 * Mermaid draws repeated categories at one x. A numeric x axis is drawn as categories of its numbers:
 * xychart's numeric axis spreads points evenly, which would misplace irregular steps.
 *
 * xychart has no missing point (a line takes one number per category, from the first) and a value is
 * never invented, so a point is drawn only where every drawn series has a finite value: categories
 * where one has none are left out. Series are taken in order, at most 10; one with no finite value, or
 * that shares no category with those before it, is left out. At most 60 points: the latest 60
 * categories, or for a numeric x axis 60 spread from the first to the last, and fewer when the digits
 * would pass Mermaid's 50,000-character limit. The y axis spans the values, widened when they are all
 * equal. Series names are written on their lines (a legend in Mermaid versions that draw one);
 * renderers without a legend show none, so the caller writes a caption.
 */
export function mermaidLineChart(chart: LineChart): string | undefined {
  const numeric = 'values' in chart.x;
  const labels = 'values' in chart.x ? chart.x.values.map((v) => mermaidLabel(String(v), LIMIT.category)) : chart.x.categories.map((c) => mermaidLabel(c, LIMIT.category));
  const finite = (s: Series, i: number): boolean => Number.isFinite(s.values[i]);
  const drawn: Series[] = [];
  let shown: number[] = [];
  for (const s of chart.series) {
    if (drawn.length === MAX_SERIES) break;
    const both = (drawn.length === 0 ? labels.map((_, i) => i) : shown).filter((i) => finite(s, i));
    if (both.length === 0) continue;
    drawn.push(s);
    shown = both;
  }
  if (drawn.length === 0) return undefined;

  const title = mermaidLabel(chart.title, LIMIT.title);
  const head = ['```mermaid', 'xychart-beta', ...(title === '' ? [] : [`title "${title}"`])];
  for (let limit = MAX_POINTS; ; limit = Math.ceil(limit / 2)) {
    const at = pick(shown, limit, numeric);
    const seen = new Set<string>();
    const categories = at.map((i) => {
      const base = labels[i] || MARK;
      let label = base;
      for (let n = 2; seen.has(label); n++) label = `${base} (${n})`;
      seen.add(label);
      return `"${label}"`;
    });
    const values = drawn.map((s) => at.map((i) => s.values[i] as number));
    const [lo, hi] = yRange(values.flat());
    const lines = [
      ...head,
      `x-axis ${quoted(mermaidLabel(chart.x.label ?? '', LIMIT.axis))}[${categories.join(', ')}]`,
      `y-axis ${quoted(mermaidLabel(chart.y?.label ?? '', LIMIT.axis))}${decimal(lo)} --> ${decimal(hi)}`,
      ...drawn.map((s, k) => `line ${quoted(mermaidLabel(s.name, LIMIT.series))}[${(values[k] ?? []).map(decimal).join(', ')}]`),
      '```',
    ];
    const text = `${lines.join('\n')}\n`;
    if (text.length <= MAX_TEXT || limit === 1) return text;
  }
}

const BARS = '▁▂▃▄▅▆▇█';
const GAP = '·';

/**
 * A text sparkline of the values (▁▂▃▄▅▆▇█), a gap character for null/non-finite, for terminals and renderers without Mermaid.
 *
 * One character a value: `·` for a gap, `▄` for every value when they are all equal.
 */
export function sparkline(values: readonly (number | null)[]): string {
  // A loop, not Math.min(...values): a long history would overflow the call stack.
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return GAP;
      // Equal values are a flat line at mid height, not a row of minimums that reads as a drop.
      if (!(lo < hi)) return BARS[3];
      // Halved so that a span like -1e308..1e308 does not overflow to Infinity.
      return BARS[Math.round(((v / 2 - lo / 2) / (hi / 2 - lo / 2)) * (BARS.length - 1))];
    })
    .join('');
}
