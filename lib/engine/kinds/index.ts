import type { Rule } from '../rule-schema';
import { identifierKind } from './identifier';
import { modelKind } from './model';
import { patternKind } from './pattern';
import { profanityKind } from './profanity';
import { requiresKind } from './requires';
import { termsKind } from './terms';
import type { RuleKind } from './types';

/** Every rule kind the engine understands. A new kind is one file plus one line here. */
export const RULE_KINDS = {
  terms: termsKind,
  pattern: patternKind,
  identifier: identifierKind,
  requires: requiresKind,
  profanity: profanityKind,
  model: modelKind,
} satisfies { [K in Rule['kind']]: RuleKind<Extract<Rule, { kind: K }>> };
