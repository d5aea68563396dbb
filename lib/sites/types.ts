import type { Platform } from '../engine/types';

export type EditorKind = 'draft' | 'lexical' | 'quill' | 'textarea' | 'contenteditable';
export type Surface = 'post' | 'reply' | 'message';

/** One editable place where a person writes something the site will publish or send. */
export interface Composer {
  element: HTMLElement;
  editor: EditorKind;
  surface: Surface;
}

/**
 * Everything the guard needs to know about one site. A new site is one file implementing
 * this plus one line in lib/sites/index.ts; the guard does the rest.
 */
export interface SiteAdapter {
  platform: Platform;
  hosts: readonly string[];
  /** Composers under `root` (including open shadow roots where the site uses them). */
  findComposers(root: ParentNode): Composer[];
  /** The control that publishes this composer's text, if it can be found. */
  findSubmit(composer: Composer): HTMLElement | null;
  /** Whether an image or video is attached to this composer's post. */
  hasAttachment(composer: Composer): boolean;
  /** The account the person is posting as (a handle or page name), if shown. */
  activeAccount(doc: Document): string | null;
  /** Roots the guard must also watch for composers (e.g. a shadow root). */
  extraRoots?(doc: Document): ParentNode[];
}
