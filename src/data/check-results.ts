/** One problem found in the data, in the shape frictionless-py reports. */
export interface DataError {
  /** frictionless-style: 'type-error', 'constraint-error', 'missing-cell', 'extra-cell', 'blank-row', 'unique-error', 'primary-key', 'incorrect-label', 'missing-label', 'extra-label', 'encoding-error', 'source-error', 'row-count', 'null-fraction', 'duplicate-row', 'stat-bounds', 'new-category', 'unsupported-type'. */
  type: string;
  severity: 'error' | 'warning';
  /** The data file, workspace-relative (or the schema file for schema problems). */
  file: string;
  /** 1-based physical line where the row starts (CSV, JSON Lines). */
  line?: number;
  /** 1-based row number, the header being row 1 as in frictionless (so the first data row is 2). */
  rowNumber?: number;
  fieldName?: string;
  /** 1-based position of the field in the schema. */
  fieldNumber?: number;
  /** The cell as written, truncated to 100 characters. */
  cell?: string;
  message: string;
}

/** The outcome of one check over the whole dataset. */
export interface CheckResult {
  /** e.g. 'field:age:type', 'field:age:minimum', 'rows', 'duplicate-rows', 'unique:id'. */
  id: string;
  title: string;
  severity: 'error' | 'warning';
  passed: boolean;
  /** All failures, not just the examples. */
  count: number;
  /** The first failures, at most `maxExamples`. */
  examples: DataError[];
}

/** Cuts a cell for messages: 100 characters at most. */
export function truncateCell(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/**
 * Collects results check by check. Checks are registered up front (so passing ones are reported
 * too); failures cost a counter increment once the examples are full.
 */
export class CheckTally {
  private readonly results = new Map<string, CheckResult>();

  constructor(readonly maxExamples: number) {}

  /** Registers a check (idempotent) and returns its result to fail into. */
  check(id: string, title: string, severity: 'error' | 'warning' = 'error'): CheckResult {
    let result = this.results.get(id);
    if (!result) {
      result = { id, title, severity, passed: true, count: 0, examples: [] };
      this.results.set(id, result);
    }
    return result;
  }

  /** True when `result` still wants examples (build the error only then). */
  wantsExample(result: CheckResult): boolean {
    return result.examples.length < this.maxExamples;
  }

  /** Counts one failure; keeps the error as an example while there is room. */
  fail(result: CheckResult, error: (() => DataError) | DataError, count = 1): void {
    result.passed = false;
    result.count += count;
    if (result.examples.length < this.maxExamples) result.examples.push(typeof error === 'function' ? error() : error);
  }

  /** Every check, in registration order. */
  all(): CheckResult[] {
    return [...this.results.values()];
  }
}
