import type { Platform } from '../engine/types';

export type EditorKind = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'textarea' | 'contenteditable';
export type Surface = 'post' | 'reply' | 'message';

/** One editable place where a person writes something the site will publish or send. */
export interface Composer {
  element: HTMLElement;
  editor: EditorKind;
  surface: Surface;
  /** Which row of the site's selector table found it (e.g. "facebook.comment"), for the local log. */
  kind: string;
  /**
   * Whether plain Enter (no Shift, outside IME composition) sends from this composer right now.
   * Asked at key time: on LinkedIn it depends on a preference the person can switch at any moment.
   */
  enterSends(): boolean;
}

/**
 * Everything the guard needs to know about one site. Adapters are built from a selector table
 * (lib/sites/tables.ts) by lib/sites/adapter.ts, so a new site is one table row set plus one line
 * in lib/sites/index.ts.
 */
export interface SiteAdapter {
  platform: Platform;
  hosts: readonly string[];
  /** Composers under `root` (a document or a shadow root; the guard walks nested roots itself). */
  findComposers(root: ParentNode): Composer[];
  /** The control that publishes this composer's text, if it can be found. */
  findSubmit(composer: Composer): HTMLElement | null;
  /** Whether an image or video is attached to this composer (not to the post it replies to). */
  hasAttachment(composer: Composer): boolean;
  /** The account the person is posting as: read from the composer first, the page chrome second. */
  activeAccount(doc: Document, composer?: Composer): string | null;
}
