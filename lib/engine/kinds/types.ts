import type { Doc, Span } from '../doc';
import type { Rule } from '../rule-schema';
import type { TermIndex, TermOptions } from '../term-index';
import type { Fix } from '../types';

/** What a rule kind needs from the pack being compiled. */
export interface Compiler {
  terms: TermIndex;
  /** Term list of the organisation's names and aliases. */
  organisationList: number;
  /** Term list of the names IT configured (-1 when none). */
  itOrganisationList: number;
  /** True for IT's custom rules: their patterns run on a linear-time engine. */
  untrusted: boolean;
  disclaimer: { text: string; short: string };
}

export interface CompiledMatcher {
  /** Matches in the post; may be lazy, since the engine stops after MAX_PER_RULE findings. */
  find(doc: Doc): Iterable<Span>;
  fix?(doc: Doc, platform: string): Fix | undefined;
}

export interface RuleKind<R extends Rule = Rule> {
  kind: R['kind'];
  compile(rule: R, compiler: Compiler): CompiledMatcher;
  /**
   * The term lists `compile` will register, with the same options, so that compiling a pack can
   * add long ones in slices first (compile then finds them registered). Optional: a kind
   * without it is compiled in one step.
   */
  termLists?(rule: R): [readonly string[], TermOptions][];
}
