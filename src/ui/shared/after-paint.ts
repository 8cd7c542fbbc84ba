/** Runs `fn` once the browser has painted and is idle (or soon after); returns the cancel. */
export function afterPaint(fn: () => void): () => void {
  const w = globalThis as {
    requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (typeof w.requestIdleCallback === 'function') {
    const id = w.requestIdleCallback(fn, { timeout: 1000 });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = setTimeout(fn, 50);
  return () => clearTimeout(id);
}
