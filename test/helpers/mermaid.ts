import type { Mermaid } from 'mermaid';

/** What Mermaid's xychart database holds after parsing (mermaid's xychartDb.getXYChartData()). */
interface XYChartDb {
  getDiagramTitle(): string;
  getXYChartData(): {
    title: string;
    xAxis: { type: 'band'; title: string; categories: string[] } | { type: 'linear'; title: string; min: number; max: number };
    yAxis: { type: 'band'; title: string; categories: string[] } | { type: 'linear'; title: string; min: number; max: number };
    plots: { type: 'line' | 'bar'; title: string; data: [string, number][] }[];
  };
}

let loaded: Promise<Mermaid> | undefined;

/**
 * Mermaid, loaded once per test file on a jsdom window: under Node it needs a DOM (mermaid's DOMPurify
 * binds to the global `window` when it is first imported, mermaid-js/mermaid#6370), and rendering needs the layout calls
 * jsdom lacks, stubbed with a fixed-width font. Importing this module loads neither.
 */
function mermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
    Object.assign(globalThis, { window, document: window.document, CSSStyleSheet: window.CSSStyleSheet });
    const box = (el: Element) => ({ x: 0, y: 0, width: (el.textContent ?? '').length * 8, height: 16 });
    Object.assign(window.SVGElement.prototype, {
      getBBox(this: Element) {
        return box(this);
      },
      getComputedTextLength(this: Element) {
        return box(this).width;
      },
    });
    const { default: m } = await import('mermaid');
    m.initialize({ startOnLoad: false, securityLevel: 'strict' });
    return m;
  })();
  return loaded;
}

/** Parses a Mermaid diagram text with Mermaid's own parser; resolves to the diagram type, rejects with Mermaid's error. */
export async function parseMermaid(text: string): Promise<string> {
  const m = await mermaid();
  const result = await m.parse(text);
  if (!result) throw new Error('mermaid.parse returned false');
  return result.diagramType;
}

/** Renders a Mermaid diagram to SVG text as mermaid.render does in a browser (strict security level). */
export async function renderMermaid(text: string): Promise<string> {
  const m = await mermaid();
  const { svg } = await m.render(`chart${Math.random().toString(36).slice(2)}`, text);
  return svg;
}

/** Every ```mermaid block in a markdown text, its body without the fences. */
export function mermaidBlocks(markdown: string): string[] {
  // A fence closes on a line of at least as many backticks as opened it (CommonMark 4.5).
  return [...markdown.matchAll(/^ {0,3}(`{3,})mermaid[ \t]*\n([\s\S]*?)^ {0,3}\1`*[ \t]*$/gm)].map((m) => m[2] ?? '');
}

/**
 * What Mermaid's xychart database holds after parsing a diagram: the title, the x axis categories
 * (empty for a numeric axis), each line's values in category order and its name, the axis labels and
 * the y range. Throws Mermaid's error when the text does not parse, or when it is not an xychart.
 */
export async function xyChartData(text: string): Promise<{
  title: string;
  categories: string[];
  lines: number[][];
  names: string[];
  xLabel: string;
  yLabel: string;
  yRange: [number, number] | undefined;
}> {
  const m = await mermaid();
  const diagram = await m.mermaidAPI.getDiagramFromText(text);
  if (diagram.type !== 'xychart') throw new Error(`not an xychart: ${diagram.type}`);
  const db = diagram.db as unknown as XYChartDb;
  const data = db.getXYChartData();
  const lines = data.plots.filter((p) => p.type === 'line');
  return {
    title: db.getDiagramTitle(),
    categories: data.xAxis.type === 'band' ? [...data.xAxis.categories] : [],
    lines: lines.map((p) => p.data.map((d) => d[1])),
    names: lines.map((p) => p.title),
    xLabel: data.xAxis.title,
    yLabel: data.yAxis.title,
    yRange: data.yAxis.type === 'linear' ? [data.yAxis.min, data.yAxis.max] : undefined,
  };
}
