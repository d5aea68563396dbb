/**
 * Styles for the in-page guard UI; they live inside its closed shadow root, isolated from the
 * site. Colours are variables so the dark theme (prefers-color-scheme) is one block; every pair
 * keeps at least 4.5:1 contrast.
 */
export const GUARD_CSS = `
:host { all: initial;
  --pw-fg: #1b1b1f; --pw-muted: #4f4f57; --pw-bg: #fff; --pw-card: #f4f4f7; --pw-line: #c4c4cc; --pw-focus: #1b4f8a;
  --pw-primary: #1b4f8a; --pw-primary-fg: #fff; --pw-ok: #1e6b34;
  --pw-high: #b3261e; --pw-warning: #8a4f00; --pw-info: #2f5b88;
  --pw-badge-high: #b3261e; --pw-badge-warning: #8a4f00; --pw-badge-info: #2f5b88; --pw-badge-clear: #1e6b34; --pw-badge-idle: #4f5a62; --pw-badge-fg: #fff;
  --pw-shade: rgba(0,0,0,.45); }
@media (prefers-color-scheme: dark) {
  :host { --pw-fg: #ececf1; --pw-muted: #b9b9c4; --pw-bg: #1f1f25; --pw-card: #2b2b33; --pw-line: #5a5a66; --pw-focus: #8ab4f8;
    --pw-primary: #8ab4f8; --pw-primary-fg: #0d1b2e; --pw-ok: #7fd69a;
    --pw-high: #ff8a80; --pw-warning: #ffc266; --pw-info: #9cc3f5;
    --pw-badge-high: #ffb4ab; --pw-badge-warning: #ffc266; --pw-badge-info: #a8c8fa; --pw-badge-clear: #8fdca7; --pw-badge-idle: #c4c9ce; --pw-badge-fg: #1b1b1f;
    --pw-shade: rgba(0,0,0,.65); }
}
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
/* Placed beside the composer by floating-ui (left/top only: no transform, so nothing inside is squeezed). */
.pw-anchor { position: fixed; left: 0; top: 0; z-index: 2147483000; pointer-events: none; }
.pw-badge { pointer-events: auto; white-space: nowrap; display: inline-flex; align-items: center; gap: 6px; border: 0; border-radius: 999px;
  min-height: 24px; padding: 4px 10px; font-size: 12px; font-weight: 600; cursor: pointer; color: var(--pw-badge-fg); background: var(--pw-badge-idle); box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.pw-badge.pw-high { background: var(--pw-badge-high); } .pw-badge.pw-warning { background: var(--pw-badge-warning); } .pw-badge.pw-info { background: var(--pw-badge-info); }
.pw-badge.pw-clear { background: var(--pw-badge-clear); }
.pw-badge.pw-paused { cursor: default; background: var(--pw-badge-idle); }
.pw-badge:focus-visible, .pw-btn:focus-visible, .pw-item:focus-visible { outline: 3px solid var(--pw-focus); outline-offset: 2px; }
.pw-panel { pointer-events: auto; position: fixed; left: 0; top: 0; width: 340px; max-width: calc(100vw - 16px); max-height: 60vh; overflow: auto;
  background: var(--pw-bg); color: var(--pw-fg); border: 1px solid var(--pw-line); border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.2); padding: 10px; font-size: 13px; line-height: 1.4; }
.pw-also { color: var(--pw-muted); font-size: 12px; }
.pw-panel h2 { font-size: 13px; margin: 0 0 6px; }
.pw-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.pw-item { border-left: 4px solid var(--pw-muted); background: var(--pw-card); color: var(--pw-fg); border-radius: 4px; padding: 6px 8px; overflow-wrap: anywhere; }
.pw-item.pw-revealed { box-shadow: 0 0 0 2px var(--pw-focus); }
.pw-item.pw-high { border-color: var(--pw-high); } .pw-item.pw-warning { border-color: var(--pw-warning); } .pw-item.pw-info { border-color: var(--pw-info); }
.pw-item.pw-high .pw-severity { color: var(--pw-high); } .pw-item.pw-warning .pw-severity { color: var(--pw-warning); } .pw-item.pw-info .pw-severity { color: var(--pw-info); }
.pw-item p { margin: 3px 0 0; } .pw-source { color: var(--pw-muted); font-size: 12px; }
.pw-actions { display: flex; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
.pw-btn { min-height: 28px; border: 1px solid var(--pw-line); background: var(--pw-bg); color: var(--pw-fg); border-radius: 6px; padding: 5px 10px; font-size: 13px; cursor: pointer; }
.pw-btn.pw-primary { background: var(--pw-primary); border-color: var(--pw-primary); color: var(--pw-primary-fg); }
.pw-btn.pw-quiet { border-color: transparent; text-decoration: underline; }
.pw-note { margin: 8px 0 0; font-size: 12px; color: var(--pw-ok); }
.pw-note.pw-health { color: var(--pw-fg); }
.pw-hint { margin: 8px 0 0; font-size: 11px; color: var(--pw-muted); }
/* The pause: a modal <dialog> in the top layer covering the whole viewport, its card centred and scrollable. */
.pw-pause { pointer-events: auto; position: fixed; inset: 0; width: 100%; height: 100%; max-width: none; max-height: none; margin: 0; border: 0;
  padding: 8px; background: var(--pw-shade); color: var(--pw-fg); overflow: auto; }
.pw-pause[open] { display: flex; }
.pw-pause::backdrop { background: transparent; }
.pw-card { margin: auto; width: min(460px, 100%); background: var(--pw-bg); color: var(--pw-fg); border-radius: 12px; padding: 16px; box-shadow: 0 10px 40px rgba(0,0,0,.3); font-size: 14px; line-height: 1.4; }
.pw-card h2 { margin: 0 0 8px; font-size: 16px; }
.pw-card textarea { width: 100%; margin-top: 8px; font: inherit; font-size: 13px; color: var(--pw-fg); background: var(--pw-bg); border: 1px solid var(--pw-line); border-radius: 6px; padding: 6px; }
.pw-card .pw-actions { justify-content: flex-end; margin-top: 12px; }
.pw-card h3 { margin: 12px 0 6px; font-size: 14px; }
.pw-check { border-left: 4px solid #1b4f8a; background: #f6f6f8; border-radius: 4px; padding: 6px 8px; }
.pw-check label { display: flex; gap: 8px; align-items: flex-start; cursor: pointer; }
.pw-check input { margin-top: 3px; width: 16px; height: 16px; flex: none; }
.pw-check input:focus-visible { outline: 3px solid #1b4f8a; outline-offset: 2px; }
.pw-btn[disabled] { opacity: .5; cursor: not-allowed; }
.pw-remaining { color: #555; font-size: 13px; margin: 8px 0 0; }
/* Who is posting: the council account's name beside the badge, or the question when unsure. */
.pw-account, .pw-ask { pointer-events: auto; display: inline-flex; align-items: center; gap: 6px; margin-right: 6px; border-radius: 999px; padding: 3px 10px;
  font-size: 12px; font-weight: 600; background: #fff; color: #1b1b1f; border: 1px solid #1b4f8a; box-shadow: 0 1px 4px rgba(0,0,0,.2); white-space: nowrap; }
.pw-ask .pw-btn { padding: 2px 8px; font-size: 12px; }
`;
