import type { CheckResult, DataError } from '../../data/validate.js';

const XML_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML: escaped, and stripped of characters XML 1.0 cannot hold (data is untrusted). */
function xml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD').replace(/[&<>"']/g, (c) => XML_TEXT[c] as string);
}

function where(e: DataError): string {
  return `${e.file}${e.line ? `:${e.line}` : ''}${e.rowNumber ? ` row ${e.rowNumber}` : ''}${e.fieldName ? ` field ${e.fieldName}` : ''}`;
}

/**
 * The checks as a JUnit XML report: one test case per check, a failure (errors) or a skipped-free pass
 * with a system-out note (warnings), so GitLab's merge request widget lists them.
 */
export function junitXml(suite: string, checks: readonly CheckResult[], seconds: number): string {
  const failures = checks.filter((c) => !c.passed && c.severity === 'error').length;
  const cases = checks.map((c) => {
    const head = `    <testcase classname="${xml(suite)}" name="${xml(c.title)}" time="0">`;
    if (c.passed) return `${head}</testcase>`;
    const details = c.examples.map((e) => `${where(e)}: ${e.message}`).join('\n');
    const body = `${c.count} failure${c.count === 1 ? '' : 's'}${c.examples.length < c.count ? ` (first ${c.examples.length} shown)` : ''}\n${details}`;
    if (c.severity === 'error')
      return `${head}\n      <failure message="${xml(`${c.count} failure${c.count === 1 ? '' : 's'}: ${c.examples[0]?.message ?? c.title}`.slice(0, 500))}" type="${xml(c.id)}">${xml(body)}</failure>\n    </testcase>`;
    return `${head}\n      <system-out>${xml(`warning: ${body}`)}</system-out>\n    </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="modelgate validate-data" tests="${checks.length}" failures="${failures}" time="${seconds.toFixed(3)}">\n  <testsuite name="${xml(suite)}" tests="${checks.length}" failures="${failures}" errors="0" skipped="0" time="${seconds.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}
