import type { Finding } from '../engine/types';

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (useColour ? `\x1b[${code}m${s}\x1b[0m` : s);
const SEVERITY_LABEL = { high: paint('1;31', 'HIGH'), warning: paint('33', 'WARN'), info: paint('36', 'INFO') };

/** A readable report for one post: excerpt, message, advice and the clause it comes from. */
export function formatText(id: string, meta: string, text: string, findings: Finding[]): string {
  const head = `${paint('1', id)} ${paint('2', `(${meta})`)}: ${findings.length === 0 ? paint('32', 'no findings') : `${findings.length} finding${findings.length > 1 ? 's' : ''}`}`;
  const lines = [head];
  for (const f of findings) {
    const { line, column } = position(text, f.start);
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

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
