import type { Category, Finding, Pack, Severity } from '../lib/engine/types';
import { t } from '../lib/i18n';
import { citationFor, isCouncilPack, packTitle } from '../lib/packs/cite';

/** Severity in words as well as colour: colour alone fails people who cannot tell the colours apart. */
export const severityLabel = (s: Severity): string => t(s === 'high' ? 'guard.severityHigh' : s === 'warning' ? 'guard.severityWarning' : 'guard.severityInfo');

const CATEGORY_KEY = {
  disclaimer: 'guard.category.disclaimer',
  confidential: 'guard.category.confidential',
  'personal-data': 'guard.category.personalData',
  safeguarding: 'guard.category.safeguarding',
  political: 'guard.category.political',
  offensive: 'guard.category.offensive',
  grievance: 'guard.category.grievance',
  announcement: 'guard.category.announcement',
  advertising: 'guard.category.advertising',
} as const satisfies Record<Category, string>;

export const categoryLabel = (c: Category): string => t(CATEGORY_KEY[c]);

/** "Barnsley Council social networking policy, 4.10" or "UK baseline — from …, 4.10". */
export function citationText(f: Pick<Finding, 'source'>, pack: Pack): string {
  const c = citationFor(f.source, pack);
  return t(c.baseline ? 'guard.citeBaseline' : 'guard.cite', [c.title, c.clause]);
}

/** The panel's heading: the council's policy by title, or plainly the baseline. */
export const policyHeading = (pack: Pack): string => (isCouncilPack(pack) ? t('guard.heading', [packTitle(pack)]) : t('guard.headingBaseline'));

export const notesCount = (n: number): string => t('guard.notes', n);

/** The keyboard shortcut that opens the notes from a guarded composer (lib/guard/shortcut.ts). */
export const SHORTCUT_LABEL = 'Alt+Shift+P';
