/** Where a quick exit sends the tab when the frame is open on its own (no host page to ask). */
export const NEUTRAL_URL = 'https://www.google.co.jp/';

/** Three Escape presses within this window count as "get me out". */
const WINDOW_MS = 2000;

/** Calls onTriple when Escape is pressed three times in quick succession. */
export function onTripleEscape(target: Document | Window, onTriple: () => void): void {
  let presses: number[] = [];
  target.addEventListener('keydown', (event) => {
    if (!(event instanceof KeyboardEvent) || event.key !== 'Escape') return;
    const now = Date.now();
    presses = [...presses.filter((t) => now - t < WINDOW_MS), now];
    if (presses.length >= 3) {
      presses = [];
      onTriple();
    }
  });
}

/**
 * Wipes the screen, then asks the host page (widget.js) to remove the frame and replace the tab with a
 * neutral page. location.replace keeps the chat out of the back button's history.
 */
export function quickExit(): void {
  document.title = '';
  document.body.replaceChildren();
  if (window.parent !== window) window.parent.postMessage({ tsunagi: 'exit' }, '*');
  else window.location.replace(NEUTRAL_URL);
}
