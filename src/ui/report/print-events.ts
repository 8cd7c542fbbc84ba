/**
 * Calls `before` when the page is about to be printed and `after` once it is done; returns the
 * function that stops listening. `beforeprint` comes with Ctrl+P, the browser's menu, the
 * report's print button (window.print() fires it before returning) and a PDF made through the
 * DevTools protocol; Chrome and Firefox run its handlers before laying the page out for print,
 * so what `before` changes in the DOM, synchronously, is printed. Print media beginning (as when
 * a test emulates it) counts as well. Either may come twice: `before` and `after` must be
 * idempotent.
 */
export function onPrint(before: () => void, after: () => void): () => void {
  const print = window.matchMedia?.('print');
  const media = (e: MediaQueryListEvent) => (e.matches ? before() : after());
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  print?.addEventListener('change', media);
  if (print?.matches) before();
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    print?.removeEventListener('change', media);
  };
}
