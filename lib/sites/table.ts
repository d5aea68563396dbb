import type { Platform } from '../engine/types';
import type { EditorKind, Surface } from './types';

/**
 * Selectors as data. Each site is a table of rows, most specific first; the guard's generic tiers
 * (framework markers, then composer-like text boxes) come after them. Tables are plain JSON-shaped
 * objects so that IT can later replace or extend a row by policy (see `withOverrides`) when a site
 * changes its markup, without a new release.
 */
export interface IdentityHook {
  /** Matched against the editor itself first, then inside the composer's box. */
  selector: string;
  /** What to read: "text" (textContent) or an attribute name such as "alt" or "aria-label". */
  read: string;
  /** A case-insensitive regular expression; its first group (or the whole match) is the account. */
  pattern?: string;
  /** Put before the result, e.g. "@" for an X handle read from a test id. */
  prefix?: string;
}

export interface SurfaceRow {
  /** Stable name of the row, e.g. "facebook.comment"; used in the local log and by overrides. */
  kind: string;
  surface: Surface;
  /** "detect" reads the framework from markers on the element (see lib/sites/adapter.ts). */
  editor: EditorKind | 'detect';
  /** The editable element, or a container whose editable descendant is the editor. */
  match: string;
  /** The row applies only inside an ancestor matching this (searched across shadow roots). */
  inside?: string;
  /** The row does not apply inside an ancestor matching this. */
  outside?: string;
  /**
   * The composer's own box (nearest ancestor): its submit control, attachments and identity are
   * looked for inside it. Without one, the box is the smallest ancestor holding editor and submit.
   */
  box?: string;
  /** Submit controls by stable hooks (test ids, view names, ids), most specific first. */
  submit: string[];
  /** Then by accessible name (aria-label or visible text), case-insensitive. */
  submitLabels: string[];
  /**
   * Whether plain Enter sends. "without-submit": Enter sends when no submit control is rendered
   * (LinkedIn's "Press Enter to Send" preference removes the Send button).
   */
  enterSends: boolean | 'without-submit';
  /** Attachment previews inside the box (the generic ones in adapter.ts are always added). */
  attachments?: string;
  identity?: IdentityHook[];
}

export interface SiteTable {
  platform: Platform;
  hosts: string[];
  rows: SurfaceRow[];
  /** The page chrome's identity hooks: only used when the composer itself does not say. */
  identity: IdentityHook[];
}

/** A policy override: rows replace rows of the same kind or are added before the generic tiers. */
export interface TableOverride {
  rows?: SurfaceRow[];
  identity?: IdentityHook[];
}

export function withOverrides(table: SiteTable, override: TableOverride | undefined): SiteTable {
  if (!override) return table;
  const replaced = new Map((override.rows ?? []).map((r) => [r.kind, r]));
  const rows = table.rows.map((r) => replaced.get(r.kind) ?? r);
  const added = (override.rows ?? []).filter((r) => !table.rows.some((t) => t.kind === r.kind));
  return { ...table, rows: [...added, ...rows], identity: [...(override.identity ?? []), ...table.identity] };
}
