/**
 * Alt+Shift+P (Option+Shift+P on a Mac) opens the policy notes from a guarded composer. None of
 * the four sites, nor Chrome, Edge or Firefox, binds it; it is read by physical key (`code`)
 * because on a Mac Option+Shift+P types "∏", which is then kept out of the post.
 */
export const isShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP';
