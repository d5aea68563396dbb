import type { Pack } from '../engine/types';
import type { Settings } from '../settings/schema';
import { policyTitle } from './cite';

/** One line of the site-owner checklist as the dialog shows it. */
export interface ChecklistEntry {
  id: string;
  text: string;
  required: boolean;
  /** "Bracknell Forest Council social media policy (2019), Professional capacity, bullet 9"; none for IT's own items. */
  citation: string | null;
}

/**
 * The checklist a council-account post must pass: the pack's items (its own after those it
 * extends), each required unless IT listed it in checklistOptionalItems, then IT's own items.
 * An IT item whose id repeats a pack item's replaces it, so IT can reword one.
 */
export function checklistFor(pack: Pick<Pack, 'siteOwnerChecklist' | 'policies'>, settings: Pick<Settings, 'checklistOptionalItems' | 'extraChecklistItems'>): ChecklistEntry[] {
  const optional = new Set(settings.checklistOptionalItems);
  const extra = new Map(settings.extraChecklistItems.map((i) => [i.id, i]));
  const entries: ChecklistEntry[] = pack.siteOwnerChecklist.map((item) => {
    const own = extra.get(item.id);
    return {
      id: item.id,
      text: own?.text ?? item.text,
      required: !optional.has(item.id) && (own?.required ?? true),
      citation: `${policyTitle(item.source.doc, pack)}, ${item.source.clause}`,
    };
  });
  const seen = new Set(entries.map((e) => e.id));
  for (const item of settings.extraChecklistItems) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    entries.push({ id: item.id, text: item.text, required: !optional.has(item.id) && (item.required ?? true), citation: null });
  }
  return entries;
}

/** Whether Post may go: every required item ticked. */
export const checklistComplete = (entries: readonly ChecklistEntry[], ticked: ReadonlySet<string>) => entries.every((e) => !e.required || ticked.has(e.id));
