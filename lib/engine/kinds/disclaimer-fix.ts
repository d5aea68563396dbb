import type { Doc } from '../doc';
import type { Fix } from '../types';

/** Appends the pack's personal-views statement (the short one on X, where characters count). */
export function disclaimerFix(doc: Doc, platform: string, disclaimer: { text: string; short: string }): Fix {
  const phrase = platform === 'x' ? disclaimer.short : disclaimer.text;
  const separator = doc.text.trim() === '' ? '' : /\n\s*$/.test(doc.text) ? '' : '\n\n';
  return { kind: 'append', label: `Add "${phrase}"`, text: separator + phrase };
}
