import { spanOfChars } from '../doc';
import { DETECTORS } from '../identifiers';
import type { Detector, IdentifierMatch } from '../identifiers/types';
import type { IdentifierRule } from '../rule-schema';
import { compilePattern } from '../safe-pattern';
import type { RuleKind } from './types';

/** Validated identifiers: emails, UK phones and postcodes, NINOs, NHS numbers, dates of birth, case refs. */
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
          found = detect(doc.text, doc.env);
          doc.memo.set(key, found);
        }
        return found.map((m) => ({ ...spanOfChars(doc, m.start, m.end), weak: m.weak }));
      },
    };
  },
};
