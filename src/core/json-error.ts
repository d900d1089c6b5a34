import { quoted } from './errors.js';
/**
 * Finds where JSON text stops being valid, for error messages with a line and column on every Node
 * version (Node 20's `JSON.parse` often names no position). Only called after `JSON.parse` failed.
 */
export function locateJsonError(text: string): { line: number; column: number; reason: string } {
  return scan(text, false) ?? { line: 1, column: 1, reason: 'invalid JSON' };
}

/**
 * The first key given twice in one object of valid JSON, where it is: `JSON.parse` keeps the last
 * silently (`{"acc": 0.1, "acc": 0.99}` would pass `min: 0.5`), and YAML refuses the same.
 */
export function duplicateJsonKey(text: string): { line: number; column: number; reason: string } | undefined {
  return scan(text, true);
}

/**
 * Deeper than this is refused: the scan recurses per level, and an overflow of the stack would be
 * reported as where the JSON stops being valid ("Maximum call stack size exceeded"). JSON.parse itself
 * takes any depth, so valid JSON this deep must be refused here too (every reader nests far less).
 */
const MAX_DEPTH = 512;

function scan(text: string, duplicates: boolean): { line: number; column: number; reason: string } | undefined {
  let i = 0;
  let depth = 0;
  const fail = (reason: string): never => {
    throw Object.assign(new Error(reason), { offset: i });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? void (i += word.length) : fail(`unexpected ${describe(text[i])}`));
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('a line break or control character inside a string');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('a bad \\u escape');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('a bad escape');
      }
      i++;
    }
    if (i >= text.length) fail('a string that is never closed');
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail(`unexpected ${describe(text[i])}`);
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return container('}', true);
    if (c === '[') return container(']', false);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  const container = (close: string, object: boolean): void => {
    if (++depth > MAX_DEPTH) fail(`it nests deeper than ${MAX_DEPTH} levels`);
    i++;
    ws();
    if (text[i] === close) return void (i++, depth--);
    const keys = duplicates && object ? new Set<string>() : undefined;
    for (;;) {
      ws();
      if (object) {
        if (text[i] !== '"') fail(`expected a quoted key, found ${describe(text[i])}`);
        const start = i;
        string();
        if (keys) {
          const key = JSON.parse(text.slice(start, i)) as string;
          if (keys.has(key)) {
            i = start;
            fail(`the key ${quoted(key)} is given twice in one object (JSON would keep the last in silence)`);
          }
          keys.add(key);
        }
        ws();
        if (text[i] !== ':') fail(`expected ':', found ${describe(text[i])}`);
        i++;
      }
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) return void (i++, depth--);
      fail(`expected ',' or '${close}', found ${describe(text[i])}`);
    }
  };
  let reason: string | undefined;
  // A byte order mark may open the text (JSON.parse refuses one anywhere, so callers strip it first).
  if (text.startsWith('\uFEFF')) i = 1;
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${describe(text[i])} after the end of the value`);
  } catch (error) {
    reason = (error as Error).message;
  }
  if (reason === undefined) return duplicates ? undefined : { line: 1, column: 1, reason: 'invalid JSON' };
  const before = text.slice(0, i);
  return { line: before.split('\n').length, column: i - before.lastIndexOf('\n'), reason };
}

function describe(c: string | undefined): string {
  return c === undefined ? 'the end of the file' : `'${c}'`;
}
