/**
 * The popup's module (entrypoints/popup/main.ts) is not in the built popup.html: its first script
 * adds it once the saved view is on screen, so that fetching and compiling the popup's code hold
 * up no part of that paint (with the module and its preloads in the page, the first paint came
 * about 8 ms later: `npm run bench`, popup figures). With nothing painted it is added at once.
 * The module's address is the first script's `data-module` (written by the build, wxt.config.ts).
 * In `wxt dev` the page loads its modules itself, and nothing is added.
 */
export function loadPopupModule(doc: Document, painted: Promise<boolean>): void {
  const address = popupModuleAddress(doc);
  if (!address || doc.querySelector('script[type="module"]')) return;
  void painted.then(async (shown) => {
    if (shown) await afterNextFrame();
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = address;
    doc.body.append(script);
  });
}

/** The popup module's address, as the build wrote it on the first script ('' when it did not). */
export function popupModuleAddress(doc: Document): string {
  return doc.querySelector<HTMLScriptElement>('script[data-module]')?.dataset.module ?? '';
}

/** A frame, then a task: after the frame is drawn. */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
