/** The card host's own rules (shared by the content script and the card's test page). */
// The host is an empty, zero-size block in the page's flow right after its anchor: adding it
// moves nothing. The card box hangs from it, absolutely positioned. Everything in px.
export const HOST_CSS = `:host { all: initial !important; display: block !important; position: relative !important;
  width: 0 !important; height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  overflow: visible !important; z-index: 1000 !important; color-scheme: light !important; }
:host([data-theme="dark"]) { color-scheme: dark !important; }
:host([data-theme="auto"]) { color-scheme: light dark !important; }
:host([data-place="corner"]) { position: fixed !important; top: auto !important; left: auto !important;
  right: 16px !important; bottom: 16px !important; z-index: 2147483000 !important; }
:host([data-place="corner"][data-side="left"]) { right: auto !important; left: 16px !important; }
.box { position: absolute; top: 0; left: 0; width: 300px; display: flex; flex-direction: column; }
:host([data-place="corner"]) .box { top: auto; left: auto; right: 0; bottom: 0; width: 320px;
  max-height: calc(100vh - 32px); }
:host([data-place="corner"][data-side="left"]) .box { right: auto; left: 0; }`;
