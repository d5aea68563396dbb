import { RE2JS } from 're2js';
import regjsparser, { type AstNode } from 'regjsparser';

/**
 * Regular expressions in rules. Our own packs use the browser's engine (and a test checks
 * every shipped pattern with `patternProblem`). Patterns IT supplies run on RE2JS, a
 * linear-time engine with no backtracking, so no pattern can hang the page; patterns that
 * WOULD backtrack catastrophically elsewhere are still rejected at validation, because
 * they are almost always a mistake and IT may reuse them in other tools.
 */
export interface CompiledPattern {
  /** Non-overlapping matches as [start, end) pairs, at most `limit`. */
  findAll(text: string, limit?: number): [number, number][];
}

const MAX_MATCHES = 200;

export class PatternError extends Error {}

/** Why a pattern cannot be used, or null when it is fine. */
export function patternProblem(source: string): string | null {
  try {
    RE2JS.compile(source);
  } catch (e) {
    const reason = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : String(e);
    return `is not a valid regular expression (${reason}); lookarounds and backreferences are not supported`;
  }
  let ast: AstNode;
  try {
    ast = regjsparser.parse(source, 'u') as AstNode;
  } catch (e) {
    return `is not a valid regular expression (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
  }
  const nested = nestedRepetition(ast, false);
  if (nested)
    return `could backtrack catastrophically: "${nested}" can match the same text in many ways inside a repetition (like (a+)+ or (a|aa)+); rewrite it without the nesting`;
  return null;
}

/**
 * The classic catastrophic-backtracking shape: an unbounded quantifier inside a group that
 * is itself repeated more than once ((a+)+, (\w+\s?)*). An optional group ((?:ref\s*)?) is fine.
 */
export function nestedRepetition(node: AstNode, insideRepeat: boolean): string | null {
  if (node.type === 'quantifier') {
    const unbounded = node.max === undefined;
    if (insideRepeat && unbounded) return node.raw;
    const repeats = node.max === undefined || node.max > 1;
    return nestedRepetition(node.body[0], insideRepeat || repeats);
  }
  if (node.type === 'characterClass') return null;
  if (node.type === 'disjunction' && insideRepeat) {
    const overlap = overlappingAlternatives(node.body as AstNode[]);
    if (overlap) return overlap;
  }
  const body = (node as { body?: unknown }).body;
  if (Array.isArray(body)) {
    for (const child of body as AstNode[]) {
      const found = nestedRepetition(child, insideRepeat);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Within a repeated group, literal alternatives where one begins with another ((a|aa)+,
 * (ab|abab)*) can split the same text in exponentially many ways. A heuristic: RE2JS is what
 * keeps checks linear; this only catches the common mistake.
 */
function overlappingAlternatives(alternatives: AstNode[]): string | null {
  const literal = (n: AstNode): string | null => {
    if (n.type === 'value') return String.fromCodePoint(n.codePoint).toLowerCase();
    if (n.type === 'alternative') {
      const parts = (n.body as AstNode[]).map(literal);
      return parts.every((p) => p !== null) ? parts.join('') : null;
    }
    return null;
  };
  const words = alternatives.map(literal);
  for (let i = 0; i < words.length; i++)
    for (let j = 0; j < words.length; j++) {
      const [a, b] = [words[i], words[j]];
      if (i !== j && a && b && b.startsWith(a) && (a.length < b.length || i < j)) return `${alternatives[i].raw}|${alternatives[j].raw}`;
    }
  return null;
}

/**
 * Roughly the size of the automaton RE2JS builds, which is what a linear-time match costs per
 * character of text: counted repetition copies its body ((?:.{0,40}b){5} is about 200, not 13).
 * Custom rules are bounded by it, per pattern and in total, so no valid policy is slow.
 */
export function patternCost(source: string): number {
  let ast: AstNode;
  try {
    ast = regjsparser.parse(source, 'u') as AstNode;
  } catch {
    return Infinity;
  }
  const cost = (node: AstNode): number => {
    if (node.type === 'quantifier') {
      const times = node.max ?? Math.max(node.min, 1);
      return Math.min(1e9, times * cost(node.body[0]));
    }
    const body = (node as { body?: unknown }).body;
    if (node.type === 'characterClass' || !Array.isArray(body)) return 1;
    return (body as AstNode[]).reduce((sum, child) => sum + cost(child), node.type === 'alternative' ? 0 : 1);
  };
  return cost(ast);
}

export function compilePattern(source: string, opts: { caseSensitive: boolean; untrusted: boolean }): CompiledPattern {
  if (opts.untrusted) {
    const problem = patternProblem(source);
    if (problem) throw new PatternError(`pattern ${JSON.stringify(source)} ${problem}`);
    const re = RE2JS.compile(source, opts.caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
    return {
      findAll(text, limit = MAX_MATCHES) {
        const out: [number, number][] = [];
        const m = re.matcher(text);
        while (out.length < limit && m.find()) {
          if (m.end() > m.start()) out.push([m.start(), m.end()]);
        }
        return out;
      },
    };
  }
  const re = new RegExp(source, opts.caseSensitive ? 'g' : 'gi');
  return {
    findAll(text, limit = MAX_MATCHES) {
      const out: [number, number][] = [];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (out.length < limit && (m = re.exec(text))) {
        if (m[0].length === 0) re.lastIndex++;
        else out.push([m.index, m.index + m[0].length]);
      }
      return out;
    },
  };
}
