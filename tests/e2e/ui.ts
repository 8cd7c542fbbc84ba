import type { Locator, Page } from 'playwright-core';

/**
 * A browser-neutral view of one open extension page, so one scenario (tests/e2e/flows.ts) runs in
 * Chromium (Playwright) and in Firefox (puppeteer-core over WebDriver BiDi). Targets name what a
 * user sees: a role and its accessible name, a label, a test id; names match as Playwright's do
 * (a string is a case-insensitive substring, a RegExp is tested).
 */
export type Target = (
  | { testId: string }
  | { role: 'button' | 'heading' | 'link' | 'region' | 'form' | 'group'; name: string | RegExp }
  | { label: string | RegExp }
  | { text: string | RegExp }
  | { css: string }
) & { within?: Target };

export interface Ui {
  /** Wait until the target is there (or, with `gone`, until it is not). */
  waitFor(target: Target, state?: 'present' | 'gone'): Promise<void>;
  click(target: Target): Promise<void>;
  fill(target: Target, value: string): Promise<void>;
  check(target: Target): Promise<void>;
  select(target: Target, value: string): Promise<void>;
  /** The target's text (waiting for it). */
  text(target: Target): Promise<string>;
  attr(target: Target, name: string): Promise<string | null>;
  value(target: Target): Promise<string>;
  count(target: Target): Promise<number>;
  visible(target: Target): Promise<boolean>;
  /** Put a file into an `<input type=file>`. */
  upload(target: Target, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
  /** Run a function in the page (and in an extension page, with the extension API). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  reload(): Promise<void>;
  /** Console errors and uncaught errors seen from this page so far. */
  errors(): string[];
  close(): Promise<void>;
}

export const testId = (id: string, within?: Target): Target => ({
  testId: id,
  ...(within ? { within } : {}),
});
export const button = (name: string | RegExp, within?: Target): Target => ({
  role: 'button',
  name,
  ...(within ? { within } : {}),
});
export const label = (l: string | RegExp, within?: Target): Target => ({
  label: l,
  ...(within ? { within } : {}),
});
export const css = (selector: string, within?: Target): Target => ({
  css: selector,
  ...(within ? { within } : {}),
});

function locate(page: Page, t: Target): Locator {
  const scope: Page | Locator = t.within ? locate(page, t.within) : page;
  if ('testId' in t) return scope.getByTestId(t.testId);
  if ('role' in t) return scope.getByRole(t.role, { name: t.name });
  if ('label' in t) return scope.getByLabel(t.label);
  if ('text' in t) return scope.getByText(t.text);
  return scope.locator(t.css);
}

/** The Playwright (Chromium) side of Ui. */
export function playwrightUi(page: Page, errors: string[]): Ui {
  const one = (t: Target) => locate(page, t).first();
  return {
    waitFor: (t, state = 'present') => one(t).waitFor({ state: state === 'gone' ? 'detached' : 'visible' }),
    click: (t) => one(t).click(),
    fill: (t, v) => one(t).fill(v),
    check: (t) => one(t).check(),
    select: async (t, v) => {
      await one(t).selectOption(v);
    },
    text: async (t) => (await one(t).textContent()) ?? '',
    attr: (t, n) => one(t).getAttribute(n),
    value: (t) => one(t).inputValue(),
    count: (t) => locate(page, t).count(),
    visible: (t) => one(t).isVisible(),
    upload: (t, file) => one(t).setInputFiles(file),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    reload: async () => {
      await page.reload();
    },
    errors: () => errors,
    close: () => page.close(),
  };
}
