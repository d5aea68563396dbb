import { buttonByLabel, closestAcross, containsAcross, EDITABLE, parentAcross, queryAll } from './dom';
import type { IdentityHook, SiteTable, SurfaceRow } from './table';
import type { Composer, EditorKind, SiteAdapter, Surface } from './types';

/** Tier 1 of the generic fallbacks: the editor frameworks' own markers, which outlive class names. */
const FRAMEWORKS: readonly [string, EditorKind][] = [
  ['[data-lexical-editor="true"]', 'lexical'],
  ['.public-DraftEditor-content', 'draft'],
  ['.ql-editor', 'quill'],
  ['.ProseMirror', 'prosemirror'],
  ['[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable]', 'prosemirror'],
];
/** Tier 2: a text box whose label says it is for writing something that will be published. */
const COMPOSER_LABEL = /\b(post|comment|reply|message|caption|tweet|what'?s (on your mind|happening)|what do you want to talk about|start a|share your|write (a|something|to))|^aa$/i;
const GENERIC_SUBMIT_LABELS = ['post', 'send', 'reply', 'comment', 'share', 'post all', 'publish', 'next'];
/** Previews of an upload: blob/data images and videos, never the editor's own emoji images. */
const GENERIC_ATTACHMENTS = 'img[src^="blob:"], img[src^="data:image"], video, [data-testid="attachments"] img';
const NOT_ATTACHMENTS = 'button, a, [role="button"], [role="link"], [data-testid^="UserAvatar-Container-"]';
/** A composer inside a post (a comment box) must never count that post's photos as its own. */
const POST_BOUNDARY = '[role="article"], article';

/** The element that actually takes the text: a textarea, or the editing host of a contenteditable. */
function editableOf(found: HTMLElement): HTMLElement | null {
  let el: HTMLElement | null = found;
  if (!(el instanceof HTMLTextAreaElement) && !el.isContentEditable) el = el.querySelector<HTMLElement>(`textarea, ${EDITABLE}`);
  if (!el) return null;
  // A nested contenteditable (a paragraph, a mention) is part of its editing host's editor.
  while (el.parentElement?.isContentEditable) el = el.parentElement;
  return el;
}

function detectEditor(el: HTMLElement): EditorKind {
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  for (const [selector, kind] of FRAMEWORKS) if (el.matches(selector) || el.querySelector(selector) || el.closest(selector)) return kind;
  return 'contenteditable';
}

function labelFor(el: HTMLElement): string {
  return ['aria-label', 'aria-placeholder', 'placeholder', 'data-placeholder', 'title'].map((a) => el.getAttribute(a) ?? '').join(' ').trim();
}

function surfaceFromLabel(label: string, el: HTMLElement): Surface {
  if (/message|chat|^aa$/i.test(label)) return 'message';
  if (/comment|reply/i.test(label) || closestAcross(el, POST_BOUNDARY)) return 'reply';
  return 'post';
}

/** The generic tiers as rows of their own, so the rest of the adapter treats them alike. */
function genericRow(platform: string, tier: 'editor' | 'textbox', surface: Surface): SurfaceRow {
  return {
    kind: `${platform}.generic-${tier}-${surface}`,
    surface,
    editor: 'detect',
    match: '',
    submit: ['button[type="submit"]'],
    submitLabels: GENERIC_SUBMIT_LABELS,
    // Chat boxes send on Enter almost everywhere; elsewhere Enter is a newline.
    enterSends: surface === 'message',
  };
}

function lowestCommonAncestor(a: Element, b: Element): HTMLElement | null {
  const ancestors = new Set<Element>();
  for (let n: Element | null = a; n; n = parentAcross(n)) ancestors.add(n);
  for (let n: Element | null = b; n; n = parentAcross(n)) if (ancestors.has(n)) return n as HTMLElement;
  return null;
}

function readHook(el: Element, hook: IdentityHook): string | null {
  const raw = hook.read === 'text' ? el.textContent : el.getAttribute(hook.read);
  const value = raw?.replace(/\s+/g, ' ').trim();
  if (!value) return null;
  if (!hook.pattern) return (hook.prefix ?? '') + value;
  const m = new RegExp(hook.pattern, 'i').exec(value);
  const got = m ? (m[1] ?? m[0]).trim() : '';
  return got ? (hook.prefix ?? '') + got : null;
}

function firstIdentity(scope: ParentNode, hooks: readonly IdentityHook[]): string | null {
  for (const hook of hooks) {
    for (const el of scope.querySelectorAll(hook.selector)) {
      const value = readHook(el, hook);
      if (value) return value;
    }
  }
  return null;
}

/** Builds a site's adapter from its selector table, with the generic tiers after its own rows. */
export function adapterFromTable(table: SiteTable): SiteAdapter {
  const rows = new Map<string, SurfaceRow>(table.rows.map((r) => [r.kind, r]));
  const generic = (tier: 'editor' | 'textbox', surface: Surface) => {
    const row = genericRow(table.platform, tier, surface);
    if (!rows.has(row.kind)) rows.set(row.kind, row);
    return rows.get(row.kind)!;
  };

  const composerFor = (row: SurfaceRow, element: HTMLElement): Composer => {
    const composer: Composer = {
      element,
      editor: row.editor === 'detect' ? detectEditor(element) : row.editor,
      surface: row.surface,
      kind: row.kind,
      enterSends: () => (row.enterSends === 'without-submit' ? !findSubmit(composer) : row.enterSends),
    };
    return composer;
  };

  function findComposers(root: ParentNode): Composer[] {
    const taken = new Set<HTMLElement>();
    const out: Composer[] = [];
    const take = (row: SurfaceRow, el: HTMLElement) => {
      taken.add(el);
      out.push(composerFor(row, el));
    };
    for (const row of table.rows) {
      for (const found of queryAll(root, row.match)) {
        const el = editableOf(found);
        if (!el || taken.has(el)) continue;
        if (row.inside && !closestAcross(el, row.inside)) continue;
        if (row.outside && closestAcross(el, row.outside)) continue;
        take(row, el);
      }
    }
    // Tier 1: an editor framework's marker; tier 2: a composer-like text box. A site's new
    // composer is still guarded (or reported as uncheckable) before its table row exists.
    for (const [selector] of FRAMEWORKS) {
      for (const found of queryAll(root, selector)) {
        const el = editableOf(found);
        if (el && !taken.has(el)) take(generic('editor', surfaceFromLabel(labelFor(el), el)), el);
      }
    }
    for (const found of queryAll(root, `textarea, [role="textbox"]${EDITABLE}`)) {
      const el = editableOf(found);
      const label = el ? labelFor(el) : '';
      if (el && !taken.has(el) && COMPOSER_LABEL.test(label)) take(generic('textbox', surfaceFromLabel(label, el)), el);
    }
    return out;
  }

  function findSubmit(composer: Composer): HTMLElement | null {
    const row = rows.get(composer.kind);
    if (!row) return null;
    const el = composer.element;
    const box = row.box ? closestAcross(el, row.box) : null;
    const post = closestAcross(el, POST_BOUNDARY);
    const labels = row.submitLabels.map((l) => l.toLowerCase());
    // The nearest control wins: a neighbouring composer's Post is further away than our own.
    for (let scope = parentAcross(el); scope; scope = parentAcross(scope)) {
      for (const hook of row.submit) {
        const found = scope.querySelector<HTMLElement>(hook);
        if (found) return found;
      }
      const byLabel = buttonByLabel(scope, labels);
      if (byLabel) return byLabel;
      if (scope === box || scope === post || scope === el.ownerDocument.body) break;
    }
    return null;
  }

  /** The composer's own box: where its attachments and its "Comment as …" live. */
  function boxOf(composer: Composer): HTMLElement | null {
    const row = rows.get(composer.kind);
    const el = composer.element;
    const post = closestAcross(el, POST_BOUNDARY);
    // A box that holds the post being replied to is too wide: its photos are not ours.
    const fits = (box: HTMLElement | null): box is HTMLElement => !!box && !(post && containsAcross(box, post));
    const box = row?.box ? closestAcross(el, row.box) : null;
    if (fits(box)) return ownPart(el, box);
    const submit = findSubmit(composer);
    const common = submit ? lowestCommonAncestor(el, submit) : null;
    return fits(common) ? ownPart(el, common) : el.parentElement;
  }

  /**
   * Within a box several composers share (the tweets of an X thread under one "Post all"), the
   * largest part that holds this editor and no other: each tweet's media are its own.
   */
  function ownPart(el: HTMLElement, box: HTMLElement): HTMLElement {
    const others = (scope: Element) => queryAll(scope, `textarea, ${EDITABLE}`).some((other) => other !== el && !el.contains(other) && !other.contains(el));
    if (!others(box)) return box;
    let part: HTMLElement = el;
    for (let n = parentAcross(el); n && n !== box && !others(n); n = parentAcross(n)) part = n as HTMLElement;
    return part;
  }

  return {
    platform: table.platform,
    hosts: table.hosts,
    findComposers,
    findSubmit,
    hasAttachment(composer) {
      const box = boxOf(composer);
      if (!box) return false;
      const row = rows.get(composer.kind);
      const selector = [row?.attachments, GENERIC_ATTACHMENTS].filter(Boolean).join(', ');
      // Not the editor's own images (emoji), nor avatars in the actor button or profile link.
      return queryAll(box, selector).some((found) => !composer.element.contains(found) && !found.closest(NOT_ATTACHMENTS));
    },
    activeAccount(doc, composer) {
      const hooks = (composer && rows.get(composer.kind)?.identity) || [];
      if (composer && hooks.length) {
        for (const hook of hooks) {
          if (composer.element.matches(hook.selector)) {
            const own = readHook(composer.element, hook);
            if (own) return own;
          }
        }
        // The box, then a little beyond it (X draws the avatar beside the editor's column).
        let scope: Element | null = boxOf(composer);
        for (let i = 0; scope && i < 3; i++, scope = parentAcross(scope)) {
          const found = firstIdentity(scope, hooks);
          if (found) return found;
          if (scope.matches(POST_BOUNDARY)) break;
        }
      }
      return firstIdentity(doc, table.identity);
    },
  };
}

