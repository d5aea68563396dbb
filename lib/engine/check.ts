import { compileRuleset, type CompiledRule, type Ruleset } from './compile';
import { isNear, negativeHits, type Doc, type Span } from './doc';
import { tokenize } from './tokenize';
import {
  DEFAULT_SETTINGS,
  SEVERITIES,
  severityRank,
  type CheckContext,
  type Finding,
  type ResolvedSettings,
  type Severity,
} from './types';

const MAX_PER_RULE = 100;

/**
 * Checks a post against the pack in `context`. Pure: no DOM, no browser API, no I/O,
 * so the content script, the CLI and the tests run exactly the same code.
 */
export function check(text: string, context: CheckContext): Finding[] {
  const settings: ResolvedSettings = { ...DEFAULT_SETTINGS, ...context.settings };
  const ruleset = compileRuleset(context.pack, { organisationNames: context.organisationNames, settings });
  return checkWith(ruleset, text, context, settings);
}

export function checkWith(
  ruleset: Ruleset,
  text: string,
  context: CheckContext,
  settings: ResolvedSettings = { ...DEFAULT_SETTINGS, ...context.settings },
): Finding[] {
  const today = context.date ?? new Date().toISOString().slice(0, 10);
  const tokens = tokenize(text);
  const lower = text.toLowerCase();
  const doc: Doc = {
    text,
    lower,
    tokens,
    hits: ruleset.terms.match(tokens),
    memo: new Map(),
    maxSpan: ruleset.terms.maxSpan,
    env: {
      account: context.account,
      lower,
      publicEmails: ruleset.publicEmails,
      publicPhones: ruleset.publicPhones,
      publicPostcodes: ruleset.publicPostcodes,
      organisationDomains: ruleset.organisationDomains,
      today: new Date(`${today}T12:00:00Z`),
    },
  };
  const preElection = settings.preElectionPeriods.some((p) => p.start <= today && today <= p.end);

  const findings: Finding[] = [];
  for (const compiled of ruleset.rules) {
    const { rule } = compiled;
    if (rule.platforms && !rule.platforms.includes(context.platform)) continue;
    if (rule.preElectionOnly && !preElection) continue;
    const base = baseSeverity(compiled, context, settings);
    if (base === 'off') continue;
    let kept = 0;
    for (const span of compiled.matcher.find(doc)) {
      let severity = applyContext(compiled, doc, span, ruleset.organisationList, span.weak ? 'info' : base);
      if (severity === null) continue;
      // Pre-election period: party-political content is more sensitive than ever.
      if (preElection && rule.category === 'political') severity = raise(severity);
      findings.push(toFinding(compiled, doc, span, severity, context));
      if (++kept >= MAX_PER_RULE) break;
    }
  }
  return dedupe(findings);
}

function baseSeverity(
  { rule }: CompiledRule,
  context: CheckContext,
  settings: ResolvedSettings,
): Severity | 'off' {
  const own = rule.severityByAccount?.[context.account] ?? rule.severity;
  // A politically restricted post holder is held to the council-account standard on politics.
  if (rule.category === 'political' && settings.politicallyRestricted && context.account === 'personal') {
    const council = rule.severityByAccount?.council ?? rule.severity;
    if (council !== 'off' && (own === 'off' || severityRank(council) > severityRank(own))) return council;
  }
  return own;
}

function applyContext(
  compiled: CompiledRule,
  doc: Doc,
  span: Span,
  organisationList: number,
  severity: Severity,
): Severity | null {
  let result = severity;
  for (const mod of compiled.context) {
    const near =
      (mod.list >= 0 && isNear(doc, span, mod.list, mod.within)) ||
      (mod.organisation && isNear(doc, span, organisationList, mod.within)) ||
      (mod.sentiment !== undefined && isNear(doc, span, negativeHits(doc, mod.sentiment), mod.within));
    if (mod.effect === 'require' && !near) return null;
    if (mod.effect === 'suppress' && near) return null;
    if (mod.effect === 'severity' && near && mod.severity) result = mod.severity;
  }
  return result;
}

function raise(s: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, severityRank(s) + 1)];
}

function toFinding(compiled: CompiledRule, doc: Doc, span: Span, severity: Severity, context: CheckContext): Finding {
  const { rule } = compiled;
  const excerpt = doc.text.slice(span.start, span.end);
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity,
    start: span.start,
    end: span.end,
    excerpt,
    message: rule.message.replaceAll('{excerpt}', excerpt.length > 60 ? excerpt.slice(0, 57) + '…' : excerpt),
    advice: rule.advice,
    source: compiled.source,
  };
  const fix = compiled.matcher.fix?.(doc, context.platform);
  if (fix) finding.fix = fix;
  return finding;
}

/**
 * Overlapping findings of one category say the same thing: keep the most severe. The kept
 * findings of a category never overlap one another and arrive in order of start, so only
 * the latest one can clash with the next: one look per finding, not a scan of all kept.
 */
function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || severityRank(b.severity) - severityRank(a.severity));
  const kept: (Finding | null)[] = [];
  const latest = new Map<string, number>();
  for (const f of findings) {
    const at = latest.get(f.category);
    const clash = at === undefined ? null : kept[at]!;
    if (!clash || !(clash.start < f.end && f.start < clash.end)) {
      latest.set(f.category, kept.length);
      kept.push(f);
    } else if (severityRank(f.severity) > severityRank(clash.severity)) kept[at!] = f;
  }
  return kept as Finding[];
}
