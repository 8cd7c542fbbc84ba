import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PROFILE } from '../../../src/core/schemas';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { type StatusView, saveStatusView, statusInputsFingerprint } from '../../../src/store/status-view';
import { SHELL_WAIT_MS, startShell } from '../../../src/ui/popup/shell';
import { popupEnvironment, takeShellHandoff } from '../../../src/ui/popup/shell-handoff';
import { countdownMark } from '../../../src/ui/shared/saved-view-render';
import { makeSession } from '../../support/factories';

// The popup's first script: it paints the saved view only when it still holds, waits for the
// popup's root when the page has not been read that far, and hands over to the popup's module.

const NOW = Date.parse('2026-11-21T10:00:00+01:00');

beforeEach(() => {
  fakeBrowser.reset();
  resetStoreItems();
  document.body.innerHTML = '<div id="app"></div>';
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.lang = 'en';
});
afterEach(() => {
  takeShellHandoff();
  document.body.innerHTML = '';
});

async function saveView(doc: Document = document): Promise<StatusView> {
  const view: StatusView = {
    v: 1,
    fingerprint: await statusInputsFingerprint(popupEnvironment(doc)),
    shownFrom: NOW - 60_000,
    validUntil: NOW + 3_600_000,
    html: `<main><p data-testid="session-count">Next ${countdownMark(NOW + 3 * 3_600_000)}</p></main>`,
    lang: 'de',
    theme: 'dark',
    title: 'Roller Coach (gespeichert)',
    countdown: { days: 'in {days} T {hours} Std.', hours: 'in {hours} Std.' },
  };
  await saveStatusView(view);
  return view;
}

describe("the popup's first script", () => {
  it('paints the saved view, countdowns written out, unusable until the popup takes over', async () => {
    await createRepository().saveProfile(DEFAULT_PROFILE);
    await saveView();
    const handoff = startShell(document, NOW);
    expect(await handoff.painted).toBe(true);
    const app = document.getElementById('app') as HTMLElement;
    expect(app.textContent).toBe('Next in 3 Std.');
    expect(app.inert).toBe(true);
    expect(app.getAttribute('aria-busy')).toBe('true');
    expect(document.documentElement.lang).toBe('de');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(document.title).toBe('Roller Coach (gespeichert)');
    // The popup's module gets the same hand-over, once.
    expect(takeShellHandoff()).toBe(handoff);
    expect(takeShellHandoff()).toBeUndefined();
  });

  it('paints nothing when a session was logged since the view was drawn', async () => {
    await saveView();
    await createRepository().putSessions([makeSession()]);
    expect(await startShell(document, NOW).painted).toBe(false);
    expect(document.getElementById('app')?.innerHTML).toBe('');
    expect(document.getElementById('app')?.inert).toBe(false);
  });

  it('paints nothing after the span the view was checked for', async () => {
    const view = await saveView();
    expect(await startShell(document, view.validUntil).painted).toBe(false);
    expect(document.getElementById('app')?.innerHTML).toBe('');
  });

  it('paints nothing, and does not throw, when storage cannot be read', async () => {
    await saveView();
    const real = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = () => Promise.reject(new Error('storage is gone'));
    try {
      expect(await startShell(document, NOW).painted).toBe(false);
    } finally {
      fakeBrowser.storage.local.get = real;
    }
    expect(document.getElementById('app')?.innerHTML).toBe('');
  });

  it("waits for the popup's root when the page is still being read", async () => {
    await saveView();
    const app = document.createElement('div');
    let root: HTMLElement | null = null;
    let readyStateChanged: () => void = () => {};
    const loading = {
      readyState: 'loading',
      getElementById: (id: string) => (id === 'app' ? root : null),
      querySelector: () => null,
      addEventListener: (type: string, listener: () => void) => {
        if (type === 'readystatechange') readyStateChanged = listener;
      },
    } as unknown as Document;
    const handoff = startShell(loading, NOW);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.innerHTML).toBe('');
    root = app;
    readyStateChanged();
    expect(await handoff.painted).toBe(true);
    expect(app.textContent).toBe('Next in 3 Std.');
  });
});

describe("the popup's module, loaded by the first script", () => {
  const MODULE = '/chunks/popup-test.js';
  const withFirstScript = () => {
    const first = document.createElement('script');
    first.dataset.module = MODULE;
    document.body.append(first);
  };
  const loadedModules = () =>
    [...document.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map((s) =>
      s.getAttribute('src'),
    );
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  it('is added once the saved view is painted, after the next frame', async () => {
    await createRepository().saveProfile(DEFAULT_PROFILE);
    withFirstScript();
    await saveView();
    const handoff = startShell(document, NOW);
    expect(await handoff.painted).toBe(true);
    expect(loadedModules()).toEqual([]);
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(loadedModules()).toEqual([MODULE]);
    // The build's identity is the same address.
    expect(handoff.env.build).toBe(MODULE);
  });

  it('is added at once when nothing was painted', async () => {
    withFirstScript();
    expect(await startShell(document, NOW).painted).toBe(false);
    await Promise.resolve();
    expect(loadedModules()).toEqual([MODULE]);
  });

  it('is added when storage never answers, and a late answer paints nothing', async () => {
    withFirstScript();
    await saveView();
    const real = fakeBrowser.storage.local.get;
    let answer: (value: unknown) => void = () => {};
    const late = real.bind(fakeBrowser.storage.local);
    fakeBrowser.storage.local.get = ((keys: never) =>
      new Promise((resolve) => {
        answer = () => resolve(late(keys));
      })) as typeof real;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const handoff = startShell(document, NOW);
      vi.advanceTimersByTime(SHELL_WAIT_MS - 1);
      expect(loadedModules()).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(await handoff.painted).toBe(false);
      await Promise.resolve();
      expect(loadedModules()).toEqual([MODULE]);
      answer(undefined);
      await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    } finally {
      vi.useRealTimers();
      fakeBrowser.storage.local.get = real;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(document.getElementById('app')?.innerHTML).toBe('');
  });

  it('is not added again when the page loads it itself (wxt dev)', async () => {
    withFirstScript();
    const own = document.createElement('script');
    own.type = 'module';
    own.setAttribute('src', '/entrypoints/popup/main.ts');
    document.body.append(own);
    await startShell(document, NOW).painted;
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(loadedModules()).toEqual(['/entrypoints/popup/main.ts']);
  });
});
