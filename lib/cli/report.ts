import type { Finding } from '../engine/types';

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (useColour ? `\x1b[${code}m${s}\x1b[0m` : s);
const SEVERITY_LABEL = { high: paint('1;31', 'HIGH'), warning: paint('33', 'WARN'), info: paint('36', 'INFO') };

/** A readable report for one post: excerpt, message, advice and the clause it comes from. */
export function formatText(id: string, meta: string, text: string, findings: Finding[]): string {
  const head = `${paint('1', id)} ${paint('2', `(${meta})`)}: ${findings.length === 0 ? paint('32', 'no findings') : `${findings.length} finding${findings.length > 1 ? 's' : ''}`}`;
  const lines = [head];
  const lineStarts = findings.length ? startsOfLines(text) : [];
  for (const f of findings) {
    const { line, column } = position(lineStarts, f.start);
    lines.push(`  ${SEVERITY_LABEL[f.severity]} ${f.category} ${paint('2', `${line}:${column} ${f.ruleId}`)}`);
    lines.push(`    "${f.excerpt.replace(/\s+/g, ' ')}"`);
    lines.push(`    ${f.message}`);
    lines.push(`    ${paint('2', 'Advice:')} ${f.advice}`);
    lines.push(`    ${paint('2', 'Policy:')} ${f.source.doc}, ${f.source.clause}${f.source.quote ? ` — "${f.source.quote}"` : ''}`);
    if (f.fix) lines.push(`    ${paint('2', 'Fix:')} ${f.fix.label}`);
    if (f.why) {
      lines.push(`    ${paint('2', 'Why:')} ${f.why.kind} rule, ${f.why.evidence} evidence, matched "${f.why.matched.replace(/\s+/g, ' ')}"`);
      for (const c of f.why.context) lines.push(`      ${c}`);
      if (f.why.model)
        lines.push(`      model: p=${f.why.model.probability} (${f.why.model.level}) — ${f.why.model.effect}${f.why.model.words.length ? `; words: ${f.why.model.words.map((w) => `"${w}"`).join(', ')}` : ''}`);
    }
  }
  return lines.join('\n');
}

/** Where each line starts, so a position is a binary search (a 1 MB post can have thousands of findings). */
function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}
