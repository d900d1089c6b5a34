import { UserError } from './errors.js';

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
  const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line;
    throw new UserError(`${prefix}${origin}${line ? `:${line}` : ''}: not valid YAML: ${problem.message.split('\n')[0]}`, { file: origin, line });
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
