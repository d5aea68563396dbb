import { compileRuleset, type CompiledRule, type Ruleset } from './compile';
import { isNear, negativeHits, type Doc, type Span } from './doc';
import { tokenize } from './tokenize';
import { featurise } from './model/features';
import { shapes } from './model/shapes';
import { scoreModel, type CategoryScore } from './model/score';
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

/** A post analysed once for every rule: tokens, term hits and shared memo. */
export function buildDoc(ruleset: Ruleset, text: string, context: CheckContext): Doc {
  const today = context.date ?? new Date().toISOString().slice(0, 10);
  const tokens = tokenize(text);
  const lower = text.toLowerCase();
  const doc: Doc = {
    text,
    lower,
    tokens,
    hits: ruleset.terms.match(tokens),
    memo: new Map(),
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
  return doc;
}

/** What the learned layer sees of a post: words, word pairs, recogniser hits, vocabularies, sentiment. */
export function modelFeatures(doc: Doc, ruleset: Ruleset, fired: Iterable<string>, account: string) {
  const vocab = ruleset.vocabLists.filter((v) => doc.hits[v.list].length > 0).map((v) => `vocab:${v.name}`);
  const negative = negativeHits(doc, 'negative').length;
  const strong = negativeHits(doc, 'strongly-negative').length;
  const mood = [`neg:${Math.min(negative, 3)}`, ...(strong ? [`neg:strong${Math.min(strong, 2)}`] : [])];
  return featurise(doc.tokens, [...fired, ...vocab, ...mood, ...shapes(doc.text)].map((x) => (x.includes(':') ? x : `rule:${x}`)), account);
}

export function checkWith(
  ruleset: Ruleset,
  text: string,
  context: CheckContext,
  settings: ResolvedSettings = { ...DEFAULT_SETTINGS, ...context.settings },
): Finding[] {
  const today = context.date ?? new Date().toISOString().slice(0, 10);
  const doc = buildDoc(ruleset, text, context);
  const tokens = doc.tokens;
  const preElection = settings.preElectionPeriods.some((p) => p.start <= today && today <= p.end);

  const findings: Finding[] = [];
  const run = (compiled: CompiledRule) => {
    const { rule } = compiled;
    if (rule.platforms && !rule.platforms.includes(context.platform)) return;
    if (rule.preElectionOnly && !preElection) return;
    const base = baseSeverity(compiled, context, settings);
    if (base === 'off') return;
    let kept = 0;
    for (const span of compiled.matcher.find(doc)) {
      const reasons: string[] | undefined = context.explain ? [] : undefined;
      let severity = applyContext(compiled, doc, span, ruleset.organisationList, span.weak ? 'info' : base, reasons);
      if (severity === null) continue;
      // Pre-election period: party-political content is more sensitive than ever.
      if (preElection && rule.category === 'political') severity = raise(severity);
      const finding = toFinding(compiled, doc, span, severity, context);
      if (reasons) finding.why = { kind: rule.kind, evidence: rule.kind === 'model' ? 'model' : evidenceOf(compiled), matched: finding.excerpt, context: reasons };
      findings.push(finding);
      if (++kept >= MAX_PER_RULE) break;
    }
  };
  const learned = ruleset.model && context.calibrate !== false ? ruleset.model : undefined;
  for (const compiled of ruleset.rules) if (compiled.rule.kind !== 'model') run(compiled);
  if (learned) {
    const scores = scoreModel(learned, modelFeatures(doc, ruleset, new Set(findings.map((f) => f.ruleId)), context.account));
    doc.memo.set('model-scores', scores);
    const weighed = weigh(findings, scores, ruleset);
    if (context.explain) explainModel(weighed, scores, doc);
    findings.length = 0;
    findings.push(...weighed);
    // The model speaks for a category only where the recognisers have not already said as much.
    const before = findings.length;
    for (const compiled of ruleset.rules) {
      if (compiled.rule.kind !== 'model') continue;
      const verdict = scores.find((s) => s.category === compiled.rule.category)?.level;
      const needed = verdict === 'warning' ? severityRank('warning') : 0;
      if (!findings.some((f) => f.category === compiled.rule.category && severityRank(f.severity) >= needed)) run(compiled);
    }
    if (context.explain) explainModel(findings.slice(before), scores, doc);
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
  reasons?: string[],
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
    if (reasons && near) reasons.push(`${mod.effect === 'require' ? 'required' : mod.effect === 'severity' ? `${mod.severity} because of` : 'checked'} nearby ${describe(mod)} within ${mod.within} words`);
  }
  return result;
}

/**
 * Cues are weighed by the model: a cue the model agrees with stands, one it half-agrees with is
 * an info note, one it rejects is dropped. Strong evidence and IT's own rules stand as written.
 */
function weigh(findings: Finding[], scores: CategoryScore[], ruleset: Ruleset): Finding[] {
  const level = new Map(scores.map((s) => [s.category, s.level]));
  return findings.flatMap((f) => {
    const compiled = ruleset.byId.get(f.ruleId);
    const verdict = level.get(f.category);
    if (!compiled || !verdict || compiled.custom || evidenceOf(compiled) === 'strong') return [f];
    if (verdict === 'warning') return [f];
    if (verdict === 'info') return [{ ...f, severity: 'info' as Severity }];
    return [];
  });
}

function explainModel(findings: Finding[], scores: CategoryScore[], doc: Doc) {
  for (const f of findings) {
    const score = scores.find((s) => s.category === f.category);
    if (!score || !f.why) continue;
    const words = score.evidence.map((e) => doc.text.slice(doc.tokens[e.from].start, doc.tokens[e.to].end));
    const effect = f.why.evidence === 'strong' ? 'stands as written (strong evidence)' : f.why.evidence === 'model' ? `reported by the model (${score.level})` : score.level === 'warning' ? 'kept: the model agrees' : 'an info note: the model half-agrees';
    f.why.model = { probability: Math.round(score.probability * 1000) / 1000, level: score.level, words, effect };
  }
}

export function evidenceOf({ rule }: CompiledRule): 'strong' | 'cue' {
  return rule.evidence ?? (rule.kind === 'identifier' || rule.kind === 'profanity' ? 'strong' : 'cue');
}

function describe(mod: CompiledRule['context'][number]): string {
  const parts = [
    ...(mod.terms.length ? [`words (${mod.terms.slice(0, 4).join(', ')}${mod.terms.length > 4 ? ', …' : ''})`] : []),
    ...(mod.organisation ? ['the organisation\'s name'] : []),
    ...(mod.sentiment ? [`${mod.sentiment} words`] : []),
  ];
  return parts.join(' or ');
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

/** Overlapping findings of one category say the same thing: keep the most severe. */
function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || severityRank(b.severity) - severityRank(a.severity));
  const kept: Finding[] = [];
  for (const f of findings) {
    const clash = kept.find((k) => k.category === f.category && k.start < f.end && f.start < k.end);
    if (!clash) kept.push(f);
    else if (severityRank(f.severity) > severityRank(clash.severity)) kept[kept.indexOf(clash)] = f;
  }
  return kept;
}
