/** Styles for the in-page guard UI; they live inside its shadow root, isolated from the site. */
export const GUARD_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
.pw-anchor { position: fixed; z-index: 2147483000; pointer-events: none; }
.pw-badge { pointer-events: auto; white-space: nowrap; display: inline-flex; align-items: center; gap: 6px; border: 0; border-radius: 999px;
  padding: 4px 10px; font-size: 12px; font-weight: 600; cursor: pointer; color: #fff; background: #5b6770; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.pw-badge.pw-high { background: #b3261e; } .pw-badge.pw-warning { background: #a15c00; } .pw-badge.pw-info { background: #3a6ea5; }
.pw-badge.pw-clear { background: #1e6b34; }
.pw-panel { pointer-events: auto; position: absolute; right: 0; bottom: 30px; width: 340px; max-height: 60vh; overflow: auto; background: #fff; color: #1b1b1f;
  border: 1px solid #d0d0d7; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.2); padding: 10px; font-size: 13px; line-height: 1.4; }
.pw-below .pw-panel { bottom: auto; top: 30px; }
.pw-also { color: #555; font-size: 12px; }
.pw-panel h2 { font-size: 13px; margin: 0 0 6px; }
.pw-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.pw-item { border-left: 4px solid #999; background: #f6f6f8; border-radius: 4px; padding: 6px 8px; }
.pw-item.pw-high { border-color: #b3261e; } .pw-item.pw-warning { border-color: #a15c00; } .pw-item.pw-info { border-color: #3a6ea5; }
.pw-item p { margin: 3px 0 0; } .pw-source { color: #555; font-size: 12px; }
.pw-actions { display: flex; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
.pw-btn { border: 1px solid #888; background: #fff; color: #1b1b1f; border-radius: 6px; padding: 3px 8px; font-size: 12px; cursor: pointer; }
.pw-btn.pw-primary { background: #1b4f8a; border-color: #1b4f8a; color: #fff; }
.pw-note { margin: 8px 0 0; font-size: 12px; color: #1e6b34; }
.pw-backdrop { pointer-events: auto; position: fixed; inset: 0; background: rgba(0,0,0,.35); display: flex; align-items: center; justify-content: center; z-index: 2147483001; }
.pw-dialog { width: min(460px, 92vw); max-height: 80vh; overflow: auto; background: #fff; color: #1b1b1f; border-radius: 12px; padding: 16px; box-shadow: 0 10px 40px rgba(0,0,0,.3); font-size: 14px; }
.pw-dialog h2 { margin: 0 0 8px; font-size: 16px; }
.pw-dialog textarea { width: 100%; margin-top: 8px; font: inherit; font-size: 13px; }
.pw-dialog .pw-actions { justify-content: flex-end; margin-top: 12px; }
`;
