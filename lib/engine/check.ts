import { compileRuleset, type CompiledRule, type Ruleset } from './compile';
import { finish } from './finish';
import { isNear, negativeHits, type Doc, type Span } from './doc';
import { hasPersonalViews, modelScores } from './doc-signals';
import { tokenize, type Token } from './tokenize';
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

export function checkWith(
  ruleset: Ruleset,
  text: string,
  context: CheckContext,
  settings: ResolvedSettings = { ...DEFAULT_SETTINGS, ...context.settings },
): Finding[] {
  return finish(checkSteps(ruleset, text, context, settings, Infinity));
}

export { finish };

export interface SliceOptions {
  /** Pause (yield) once a slice has run this long; 8 ms keeps a page responsive. */
  budgetMs?: number;
  /** Characters tokenized per step; tests make it small to force many slices. */
  sliceChars?: number;
}

/**
 * The same check as `checkWith`, with the same findings, as a generator that yields
 * whenever `budgetMs` has passed, between bounded steps: tokenizing a slice of text, matching
 * terms over a slice of tokens, one rule. The caller resumes it when the page is idle
 * (see `checkWhenIdle`), so a 1 MB paste never blocks typing for longer than one step.
 */
export function* checkInSlices(
  ruleset: Ruleset,
  text: string,
  context: CheckContext,
  settings: ResolvedSettings = { ...DEFAULT_SETTINGS, ...context.settings },
  options: SliceOptions = {},
): Generator<void, Finding[]> {
  return yield* checkSteps(ruleset, text, context, settings, options.budgetMs ?? 8, options.sliceChars);
}

const SLICE_CHARS = 16_000;
const TOKEN_SLICE = 4_000;

function* checkSteps(
  ruleset: Ruleset,
  text: string,
  context: CheckContext,
  settings: ResolvedSettings,
  budgetMs: number,
  sliceChars = SLICE_CHARS,
): Generator<void, Finding[]> {
  const sliced = budgetMs !== Infinity;
  let since = sliced ? performance.now() : 0;
  const due = () => sliced && performance.now() - since >= budgetMs;
  const resume = () => {
    since = performance.now();
  };

  const today = context.date ?? new Date().toISOString().slice(0, 10);
  let tokens: Token[];
  if (!sliced || text.length <= sliceChars) tokens = tokenize(text);
  else {
    tokens = [];
    let from = 0;
    for (const to of safeCuts(text, sliceChars)) {
      for (const t of tokenize(text.slice(from, to))) {
        t.start += from;
        t.end += from;
        tokens.push(t);
      }
      from = to;
      if (due()) {
        yield;
        resume();
      }
    }
  }
  const hits = ruleset.terms.emptyHits();
  for (let i = 0; i < tokens.length; i += sliced ? TOKEN_SLICE : tokens.length) {
    ruleset.terms.matchInto(tokens, hits, i, Math.min(tokens.length, i + (sliced ? TOKEN_SLICE : tokens.length)));
    if (due()) {
      yield;
      resume();
    }
  }
  const doc = makeDoc(ruleset, text, tokens, hits, context, today);
  const preElection = settings.preElectionPeriods.some((p) => p.start <= today && today <= p.end);

  const findings: Finding[] = [];
  const standing = new Set<Finding>();
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
      if (span.strong) standing.add(finding);
      if (reasons) finding.why = { kind: rule.kind, evidence: rule.kind === 'model' ? 'model' : evidenceOf(compiled), matched: finding.excerpt, context: reasons };
      findings.push(finding);
      if (++kept >= MAX_PER_RULE) break;
    }
  };
  for (const compiled of ruleset.rules) {
    if (compiled.rule.kind === 'model') continue;
    run(compiled);
    if (due()) {
      yield;
      resume();
    }
  }
  const learned = ruleset.model && context.calibrate !== false ? ruleset.model : undefined;
  if (learned) {
    const scores = scoreModel(learned, modelFeatures(doc, ruleset, new Set(findings.map((f) => f.ruleId)), context.account));
    doc.memo.set('model-scores', scores);
    const weighed = weigh(findings, scores, ruleset, standing);
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
  return dedupe(followOn(findings, ruleset, doc, context, settings));
}

/**
 * Model rules with `alsoAfter`: a warning in one of those categories (a grievance, a leak, a
 * safeguarding slip) shows the post is about work, so the rule's own concern (no personal-views
 * statement) stands at its severity too. It only ever joins a post that already carries a warning.
 */
function followOn(findings: Finding[], ruleset: Ruleset, doc: Doc, context: CheckContext, settings: ResolvedSettings): Finding[] {
  let result = findings;
  for (const compiled of ruleset.rules) {
    const { rule } = compiled;
    if (rule.kind !== 'model' || rule.alsoAfter.length + rule.alsoAfterWhenNoted.length === 0) continue;
    if (rule.platforms && !rule.platforms.includes(context.platform)) continue;
    const severity = baseSeverity(compiled, context, settings);
    if (severity === 'off' || severityRank(severity) < severityRank('warning')) continue;
    if (result.some((f) => f.category === rule.category && severityRank(f.severity) >= severityRank('warning'))) continue;
    const noted = (modelScores(doc)?.find((x) => x.category === rule.category)?.level ?? 'none') !== 'none';
    const cause = result.find(
      (f) => (rule.alsoAfter.includes(f.category) || (noted && rule.alsoAfterWhenNoted.includes(f.category))) && severityRank(f.severity) >= severityRank('warning'),
    );
    if (!cause || (rule.unlessPersonalViews && hasPersonalViews(doc))) continue;
    // A note of this category already points at the work talk: raise it. Otherwise point at the cause.
    const note = result.find((f) => f.category === rule.category);
    const finding = note ? { ...note, severity } : toFinding(compiled, doc, { start: cause.start, end: cause.end, from: 0, to: 0 }, severity, context);
    if (context.explain) finding.why = { ...(finding.why ?? { kind: rule.kind, evidence: 'model', matched: finding.excerpt }), context: [...(note?.why?.context ?? []), `raised by the ${cause.category} warning (${cause.ruleId})`] };
    // The raised finding says it all: the category's other notes would only repeat it.
    result = [...result.filter((f) => f.category !== rule.category), finding];
  }
  return result;
}

function makeDoc(ruleset: Ruleset, text: string, tokens: Token[], hits: Doc['hits'], context: CheckContext, today: string): Doc {
  const lower = text.toLowerCase();
  return {
    text,
    lower,
    tokens,
    hits,
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
}

/** A post analysed as the rules see it, in one go (what training featurises). */
export function buildDoc(ruleset: Ruleset, text: string, context: CheckContext): Doc {
  const tokens = tokenize(text);
  const hits = ruleset.terms.emptyHits();
  ruleset.terms.matchInto(tokens, hits, 0, tokens.length);
  return makeDoc(ruleset, text, tokens, hits, context, context.date ?? new Date().toISOString().slice(0, 10));
}

/** What the learned layer sees of a post: words, word pairs, recogniser hits, vocabularies, sentiment, shapes. */
export function modelFeatures(doc: Doc, ruleset: Ruleset, fired: Iterable<string>, account: string) {
  const vocab = ruleset.vocabLists.filter((v) => doc.hits[v.list].length > 0).map((v) => `vocab:${v.name}`);
  const negative = negativeHits(doc, 'negative').length;
  const strong = negativeHits(doc, 'strongly-negative').length;
  const mood = [`neg:${Math.min(negative, 3)}`, ...(strong ? [`neg:strong${Math.min(strong, 2)}`] : [])];
  return featurise(doc.tokens, [...fired, ...vocab, ...mood, ...shapes(doc.text)].map((x) => (x.includes(':') ? x : `rule:${x}`)), account);
}

/**
 * Where long text can be cut so that tokenizing the pieces gives exactly the tokens of the
 * whole: at a line break (no token, spaced-letter run or glued word crosses one), or failing
 * that at a space between two words of two or more letters. A run with neither stays whole.
 */
function safeCuts(text: string, size: number): number[] {
  const cuts: number[] = [];
  let from = 0;
  while (text.length - from > size) {
    const target = from + size;
    let cut = text.lastIndexOf('\n', target);
    if (cut <= from) cut = spaceCut(text, from, target);
    if (cut <= from) cut = text.indexOf('\n', target);
    if (cut <= from) break;
    cuts.push(cut);
    from = cut;
  }
  cuts.push(text.length);
  return cuts;
}

const WORD = /[A-Za-z0-9]/;
function spaceCut(text: string, from: number, target: number): number {
  for (let p = target; p > from + 2 && p > target - 2_000; p--) {
    if (text[p] === ' ' && WORD.test(text[p - 1]) && WORD.test(text[p - 2]) && WORD.test(text[p + 1] ?? '') && WORD.test(text[p + 2] ?? ''))
      return p;
  }
  return -1;
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
 * Cues are weighed by the model: a cue the model agrees with (or confirms: the cue plus the
 * model's own score are two independent pieces of evidence) stands, one it half-agrees with is
 * an info note, one it rejects is dropped. Two different recognisers raising the same category
 * are two independent cues too: they stand from the category's `pair` score, where the trainer
 * gave it one. Strong evidence and IT's own rules stand as written.
 */
function weigh(findings: Finding[], scores: CategoryScore[], ruleset: Ruleset, standing: Set<Finding>): Finding[] {
  const byCategory = new Map(scores.map((s) => [s.category, s]));
  const cues = new Set(
    findings.filter((f) => {
      const compiled = ruleset.byId.get(f.ruleId);
      return !!compiled && !compiled.custom && !standing.has(f) && evidenceOf(compiled) === 'cue';
    }),
  );
  const corroborated = corroboratedCategories([...cues]);
  return findings.flatMap((f) => {
    const score = byCategory.get(f.category);
    const verdict = score?.level;
    if (!verdict || !cues.has(f)) return [f];
    if (verdict === 'warning' || score.confirms || (score.pairs && corroborated.has(f.category))) return [f];
    if (verdict === 'info') return [{ ...f, severity: 'info' as Severity }];
    return [];
  });
}

/** Categories in which cues from two or more different rules reach a warning. */
export function corroboratedCategories(cues: { ruleId: string; category: string; severity: Severity }[]): Set<string> {
  const rules = new Map<string, Set<string>>();
  for (const f of cues) {
    if (severityRank(f.severity) < severityRank('warning')) continue;
    const seen = rules.get(f.category) ?? new Set<string>();
    seen.add(f.ruleId);
    rules.set(f.category, seen);
  }
  return new Set([...rules].filter(([, ids]) => ids.size >= 2).map(([c]) => c));
}

function explainModel(findings: Finding[], scores: CategoryScore[], doc: Doc) {
  for (const f of findings) {
    const score = scores.find((s) => s.category === f.category);
    if (!score || !f.why) continue;
    const words = score.evidence.map((e) => doc.text.slice(doc.tokens[e.from].start, doc.tokens[e.to].end));
    const effect = f.why.evidence === 'strong' ? 'stands as written (strong evidence)' : f.why.evidence === 'model' ? `reported by the model (${score.level})` : score.level === 'warning' ? 'kept: the model agrees' : score.confirms ? 'kept: the model confirms the cue' : severityRank(f.severity) >= severityRank('warning') ? 'kept: two different recognisers agree' : 'an info note: the model half-agrees';
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
