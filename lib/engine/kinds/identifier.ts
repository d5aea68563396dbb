import { spanOfChars, type Doc } from '../doc';
import { DETECTORS } from '../identifiers';
import { normaliseForIdentifiers, type IdText } from '../identifiers/normalise';
import type { Detector, IdentifierEnv, IdentifierMatch } from '../identifiers/types';
import type { IdentifierRule } from '../rule-schema';
import { compilePattern } from '../safe-pattern';
import type { RuleKind } from './types';

/**
 * Validated identifiers: emails, UK phones and postcodes, NINOs, NHS numbers, dates of birth,
 * case refs. Every detector reads the same normalised text (Unicode digits and spaces made
 * ASCII, invisible characters removed), so one fix there covers every identifier; matches
 * are mapped back to the original text.
 */
export const identifierKind: RuleKind<IdentifierRule> = {
  kind: 'identifier',
  compile(rule, { untrusted }) {
    let detect: Detector;
    let key: string = rule.identifier;
    if (rule.identifier === 'reference') {
      const pattern = compilePattern(rule.pattern!, { caseSensitive: false, untrusted });
      detect = (text) => pattern.findAll(text).map(([start, end]) => ({ start, end }));
      key = `reference:${rule.pattern}`;
    } else detect = DETECTORS[rule.identifier];
    return {
      find(doc) {
        // Several rules may share a detector (e.g. personal and council variants): run it once.
        let found = doc.memo.get(key) as IdentifierMatch[] | undefined;
        if (!found) {
          const { view, env } = identifierText(doc);
          found = detect(view.text, env).map((m) => {
            const [start, end] = view.toOriginal(m.start, m.end);
            return { start, end, weak: m.weak };
          });
          doc.memo.set(key, found);
        }
        return found.map((m) => ({ ...spanOfChars(doc, m.start, m.end), weak: m.weak }));
      },
    };
  },
};

/** The post normalised for identifiers, once per post. */
function identifierText(doc: Doc): { view: IdText; env: IdentifierEnv } {
  let shared = doc.memo.get('identifier-text') as { view: IdText; env: IdentifierEnv } | undefined;
  if (!shared) {
    const view = normaliseForIdentifiers(doc.text);
    shared = { view, env: { ...doc.env, lower: view.lower } };
    doc.memo.set('identifier-text', shared);
  }
  return shared;
}
