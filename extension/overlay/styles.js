// The stylesheet of the shadow root: labels, the card and the side panel.
// Our own constant text, never page text. px only (rem follows the page).

export const STYLES = `
.frame { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; }
.frame.hide-speakers .labels { display: none; }
.frame.hide-panel .panel, .frame.hide-panel .launcher { display: none; }
.labels { position: absolute; top: 0; left: 0; width: 0; height: 0; }
.label {
  position: absolute; white-space: nowrap; pointer-events: auto; cursor: default;
  font: 600 10px/14px system-ui, sans-serif; padding: 0 5px; border-radius: 7px;
  box-shadow: 0 0 0 1px rgba(255,255,255,.9); transform: translateY(-60%);
}
.label[hidden] { display: none; }
.card {
  position: absolute; max-width: 320px; min-width: 200px; background: #fff; color: #1a1a1a;
  border: 1px solid #bbb; border-radius: 8px; padding: 10px 12px; margin: 0; inset: auto;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.4 system-ui, sans-serif;
}
.card[hidden] { display: none; }
.card h3 { margin: 0 0 2px; font-size: 15px; }
.card .kind { margin: 0 0 6px; font-size: 12px; color: #444; }
.card .swatch { display: inline-block; width: 18px; height: 0; border-bottom-width: 3px; vertical-align: middle; margin-right: 6px; }
.card p { margin: 4px 0; }
.card blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #ccc; font-style: italic; }
.card a { color: #0060a0; }
.panel {
  position: fixed; top: 12px; right: 12px; bottom: 12px; width: 300px; overflow: auto;
  background: #fdfdfd; color: #1a1a1a; border: 1px solid #bbb; border-radius: 10px;
  box-shadow: 0 8px 30px rgba(0,0,0,.2); padding: 0 0 12px; box-sizing: border-box;
}
.panel[hidden], .launcher[hidden] { display: none; }
.panel header { position: sticky; top: 0; background: #fdfdfd; display: flex; align-items: center;
  justify-content: space-between; padding: 10px 12px 6px; border-bottom: 1px solid #e3e3e3; }
.panel h2 { margin: 0; font-size: 16px; }
.panel h3 { margin: 12px 12px 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
.panel ul { list-style: none; margin: 0; padding: 0 6px; }
/* A long article lists a thousand findings: lay out only those scrolled into view. */
.panel li { content-visibility: auto; contain-intrinsic-size: auto 28px; }
.panel li button { display: flex; width: 100%; gap: 8px; align-items: baseline; text-align: left;
  background: none; border: 0; border-radius: 6px; padding: 5px 6px; font: inherit; color: inherit; cursor: pointer; }
.panel li button:hover, .panel li button:focus-visible { background: #e8f1fa; outline: 2px solid #0072b2; outline-offset: -2px; }
.panel .count { margin-left: auto; color: #555; font-variant-numeric: tabular-nums; }
.panel .dot { flex: none; width: 10px; height: 10px; border-radius: 50%; align-self: center; }
.panel .line { flex: none; width: 16px; height: 0; border-bottom-width: 3px; align-self: center; }
.panel .status { margin: 8px 12px 0; font-size: 12px; color: #444; }
.panel .empty { margin: 2px 12px; color: #666; font-size: 12px; }
.panel .severity { flex: none; font-size: 11px; font-weight: 700; color: #a33f00; text-transform: uppercase; }
.close, .launcher { font: 600 13px/1 system-ui, sans-serif; border: 1px solid #999; background: #fff; color: #1a1a1a;
  border-radius: 6px; padding: 4px 8px; cursor: pointer; }
.launcher { position: fixed; right: 12px; bottom: 12px; box-shadow: 0 2px 10px rgba(0,0,0,.2); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
