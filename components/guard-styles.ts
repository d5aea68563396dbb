/** Styles for the in-page guard UI; they live inside its closed shadow root, isolated from the site. */
export const GUARD_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
/* Placed beside the composer by floating-ui (left/top only: no transform, so nothing inside is squeezed). */
.pw-anchor { position: fixed; left: 0; top: 0; z-index: 2147483000; pointer-events: none; }
.pw-badge { pointer-events: auto; white-space: nowrap; display: inline-flex; align-items: center; gap: 6px; border: 0; border-radius: 999px;
  padding: 4px 10px; font-size: 12px; font-weight: 600; cursor: pointer; color: #fff; background: #5b6770; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.pw-badge.pw-high { background: #b3261e; } .pw-badge.pw-warning { background: #8a4f00; } .pw-badge.pw-info { background: #3a6ea5; }
.pw-badge.pw-clear { background: #1e6b34; }
.pw-badge:focus-visible, .pw-btn:focus-visible { outline: 3px solid #1b4f8a; outline-offset: 2px; }
.pw-panel { pointer-events: auto; position: fixed; left: 0; top: 0; width: 340px; max-width: calc(100vw - 16px); max-height: 60vh; overflow: auto;
  background: #fff; color: #1b1b1f; border: 1px solid #d0d0d7; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.2); padding: 10px; font-size: 13px; line-height: 1.4; }
.pw-also { color: #555; font-size: 12px; }
.pw-panel h2 { font-size: 13px; margin: 0 0 6px; }
.pw-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.pw-item { border-left: 4px solid #999; background: #f6f6f8; border-radius: 4px; padding: 6px 8px; overflow-wrap: anywhere; }
.pw-item.pw-high { border-color: #b3261e; } .pw-item.pw-warning { border-color: #a15c00; } .pw-item.pw-info { border-color: #3a6ea5; }
.pw-item.pw-high .pw-severity { color: #b3261e; } .pw-item.pw-warning .pw-severity { color: #8a4f00; } .pw-item.pw-info .pw-severity { color: #2f5b88; }
.pw-item p { margin: 3px 0 0; } .pw-source { color: #555; font-size: 12px; }
.pw-actions { display: flex; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
.pw-btn { border: 1px solid #888; background: #fff; color: #1b1b1f; border-radius: 6px; padding: 6px 10px; font-size: 13px; cursor: pointer; }
.pw-btn.pw-primary { background: #1b4f8a; border-color: #1b4f8a; color: #fff; }
.pw-note { margin: 8px 0 0; font-size: 12px; color: #1e6b34; }
/* The pause: a modal <dialog> in the top layer covering the whole viewport, its card centred and scrollable. */
.pw-pause { pointer-events: auto; position: fixed; inset: 0; width: 100%; height: 100%; max-width: none; max-height: none; margin: 0; border: 0;
  padding: 8px; background: rgba(0,0,0,.45); color: #1b1b1f; overflow: auto; }
.pw-pause[open] { display: flex; }
.pw-pause::backdrop { background: transparent; }
.pw-card { margin: auto; width: min(460px, 100%); background: #fff; border-radius: 12px; padding: 16px; box-shadow: 0 10px 40px rgba(0,0,0,.3); font-size: 14px; line-height: 1.4; }
.pw-card h2 { margin: 0 0 8px; font-size: 16px; }
.pw-card textarea { width: 100%; margin-top: 8px; font: inherit; font-size: 13px; }
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
