import type { Doc } from './doc';
import type { CategoryScore } from './model/score';
import { personalViews } from './personal-views';

/** Per-post signals several rules read, computed once per post on first use. */
export function hasPersonalViews(doc: Doc): boolean {
  let found = doc.memo.get('personal-views') as boolean | undefined;
  if (found === undefined) doc.memo.set('personal-views', (found = personalViews(doc.tokens).length > 0));
  return found;
}

/** The learned layer's scores, set by checkWith between the recognisers and the model rules. */
export function modelScores(doc: Doc): CategoryScore[] | undefined {
  return doc.memo.get('model-scores') as CategoryScore[] | undefined;
}
