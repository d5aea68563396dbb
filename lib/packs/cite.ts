import type { Pack, Source } from '../engine/types';

/**
 * How a note names the policy behind it: by the document's title, never its file name. A clause
 * from the pack's own documents is the council's own ("Barnsley Council social networking policy,
 * 4.10"); anything else came in with the UK baseline and says so, naming where it is from.
 */
export interface Citation {
  /** The document's title (the file name without ".txt" only if no pack gives it one). */
  title: string;
  clause: string;
  /** True when the clause is not from the active council's own documents. */
  baseline: boolean;
}

export function citationFor(source: Source, pack: Pick<Pack, 'policies' | 'documents'>): Citation {
  return { title: policyTitle(source.doc, pack), clause: source.clause, baseline: !pack.documents.includes(source.doc) };
}

/**
 * A cited document's title, from the pack (the baseline pack names all five policies, and every
 * council pack extends it). The one place a title comes from, so the panel, pause, checklist and
 * policy explorer all say the same; an unknown document (IT's own rules) loses only its extension.
 */
export function policyTitle(doc: string, pack: Pick<Pack, 'policies'>): string {
  return pack.policies?.[doc]?.title ?? doc.replace(/\.(txt|pdf|docx?)$/i, '').replace(/[-_]+/g, ' ');
}

/** The title of the pack's policy as a person reads it (popup, panel heading). */
export const packTitle = (pack: Pack): string => pack.title ?? pack.name;

/** Whether the pack is a council's own (not just the UK baseline). */
export const isCouncilPack = (pack: Pack): boolean => pack.documents.length > 0;
