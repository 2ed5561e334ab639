/** JUnit and Checkstyle XML, the two report shapes CI systems read most. */
import path from 'node:path';
import type { LintResult } from '../types.js';
import { escapeControlCharacters } from './escape.js';

/** XML 1.0 cannot carry most control characters at all, even as references: they are shown as `\u001b` instead. */
export function escapeXml(text: string): string {
  return escapeControlCharacters(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function escapeCdata(text: string): string {
  return escapeControlCharacters(text).replace(/]]>/g, ']]]]><![CDATA[>');
}

/** One <testsuite> per file, one <testcase> per finding (each a <failure>), or one passing case for a clean file. */
export function junit(results: readonly LintResult[], cwd: string): string {
  let output = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (const result of results) {
    const name = path.isAbsolute(result.filePath) ? path.relative(cwd, result.filePath) || result.filePath : result.filePath;
    const failures = result.messages.length;
    output += `  <testsuite package="netlint" time="0" tests="${Math.max(1, failures)}" errors="0" failures="${failures}" name="${escapeXml(name)}">\n`;
    if (failures === 0) output += `    <testcase time="0" name="${escapeXml(name)}" classname="netlint" />\n`;
    for (const m of result.messages) {
      const rule = m.ruleId ?? 'netlint';
      const kind = m.severity === 2 ? 'Error' : 'Warning';
      output += `    <testcase time="0" name="${escapeXml(`${name}:${m.line}:${m.column} ${rule}`)}" classname="netlint.${escapeXml(rule)}">\n`;
      output += `      <failure message="${escapeXml(m.message)}" type="${kind}"><![CDATA[line ${m.line}, col ${m.column}, ${kind} - ${escapeCdata(`${m.message} (${rule})`)}]]></failure>\n`;
      output += '    </testcase>\n';
    }
    output += '  </testsuite>\n';
  }
  return `${output}</testsuites>\n`;
}

export function checkstyle(results: readonly LintResult[]): string {
  let output = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const result of results) {
    output += `  <file name="${escapeXml(result.filePath)}">\n`;
    for (const m of result.messages) {
      const severity = m.severity === 2 ? 'error' : 'warning';
      output += `    <error line="${m.line}" column="${m.column}" severity="${severity}" message="${escapeXml(m.message)}${m.ruleId ? ` (${escapeXml(m.ruleId)})` : ''}" source="${escapeXml(m.ruleId ? `netlint.rules.${m.ruleId}` : 'netlint')}" />\n`;
    }
    output += '  </file>\n';
  }
  return `${output}</checkstyle>\n`;
}
