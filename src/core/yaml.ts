import { quoted, UserError } from './errors.js';

/** A parsed YAML document with what its callers need to point at lines. */
export interface YamlDocument {
  doc: import('yaml').Document.Parsed;
  yaml: typeof import('yaml');
  /** The 1-based line where a node starts, when it has a position. */
  lineOf(node: unknown): number | undefined;
  /**
   * The document (or one of its nodes) as plain values, aliases expanded at most 100 times: an alias
   * bomb or an alias to no anchor is a {@link UserError} naming the file, never an internal error.
   */
  toJS(node?: unknown): unknown;
}

/**
 * Parses YAML safely (YAML 1.2 core schema: no custom tags, nothing executed; duplicate keys are an
 * error; alias expansion is capped when converted). The library is loaded on first use, so steps that
 * read no YAML do not pay for it. A syntax error is a {@link UserError} `<prefix><origin>:<line>: ...`.
 */
export async function parseYaml(text: string, origin: string, prefix = ''): Promise<YamlDocument> {
  const yaml = await import('yaml');
  const lineCounter = new yaml.LineCounter();
  // Keys are checked for uniqueness below: the library's own check compares each key with every
  // earlier one of its map (60,000 metrics took 48 s).
  const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: false });
  const syntax = doc.errors[0];
  const twice = duplicateKey(doc, yaml);
  if (twice && (!syntax || twice.offset < syntax.pos[0])) {
    const { line } = lineCounter.linePos(twice.offset);
    throw new UserError(`${prefix}${origin}:${line}: not valid YAML: Map keys must be unique; ${quoted(twice.key)} is given twice`, { file: origin, line });
  }
  if (syntax) {
    const line = syntax.linePos?.[0]?.line;
    // The parser reports its own stack overflow as a problem of the text: say what that means.
    const what = syntax.code === 'RESOURCE_EXHAUSTION' ? 'Maximum call stack size exceeded: it nests too deeply for the parser' : syntax.message.split('\n')[0];
    throw new UserError(`${prefix}${origin}${line ? `:${line}` : ''}: not valid YAML: ${what}`, { file: origin, line });
  }
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const toJS = (node?: unknown) => {
    try {
      return node === undefined ? doc.toJS({ maxAliasCount: 100 }) : yaml.isNode(node) ? node.toJS(doc, { maxAliasCount: 100 }) : node;
    } catch (error) {
      if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
      const what = /Excessive alias count/.test(error.message)
        ? 'expands its aliases too many times (at most 100; a YAML alias bomb?)'
        : /Unresolved alias/.test(error.message)
          ? `uses an alias whose anchor is not set before it (${error.message.replace(/^.*?: /, '')})`
          : 'is nested too deeply';
      throw new UserError(`${prefix}${origin}: not usable YAML: it ${what}`, { file: origin });
    }
  };
  return { doc, yaml, lineOf, toJS };
}

/**
 * The first key given twice in one map, in document order, as the library's `uniqueKeys` finds it
 * (scalar keys with the same value; collection keys are never equal), in one pass over the nodes. The
 * walk keeps its own stack: the document may nest as deep as the parser allows.
 */
function duplicateKey(doc: import('yaml').Document.Parsed, yaml: typeof import('yaml')): { key: string; offset: number } | undefined {
  let first: { key: string; offset: number } | undefined;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (yaml.isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (yaml.isScalar(key) && !Number.isNaN(key.value)) {
          const offset = key.range?.[0] ?? 0;
          if (seen.has(key.value) && (!first || offset < first.offset)) first = { key: String(key.value), offset };
          seen.add(key.value);
        }
        stack.push(key, pair.value);
      }
    } else if (yaml.isSeq(node)) stack.push(...node.items);
  }
  return first;
}
