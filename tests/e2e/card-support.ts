import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR } from '../../scripts/lib/chromium.mjs';
import { type Harness, startHarness } from './support';

/**
 * The card loads lazily: Chrome's detector imports retailer-card.js (an unlisted script, the one
 * web-accessible file: src/ui/card/load-card.ts) once the background says the page qualifies;
 * "check this page" injects the detector with chrome.scripting (see wxt.config.ts). The card's e2e tests
 * run a private copy of the build, which `hosts` may give host access a test cannot grant
 * through activeTab; without `hosts` the copy is the build as shipped.
 */
export function cardBuild(opts: { hosts?: string[] } = {}): {
  dir: string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'roller-coach-card-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  if (opts.hosts?.length) {
    // The host access a toolbar click grants one tab (activeTab) cannot be granted from a test:
    // the copy holds it for these origins instead, and says so.
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...opts.hosts];
    writeFileSync(path, JSON.stringify(manifest));
    console.warn(
      `card e2e: testing a copy of the build with host access to ${opts.hosts.join(', ')} (standing in for activeTab).`,
    );
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CardHarness extends Harness {
  /** Serve `html` at every URL matching `url` (a glob or RegExp); every other request stays aborted. */
  serve: (url: string | RegExp, html: string | (() => string)) => Promise<void>;
  /** Open a page, collecting console and page errors (waiting for its load event unless told otherwise). */
  visit: (url: string, waitUntil?: 'load' | 'domcontentloaded') => Promise<{ page: Page; errors: string[] }>;
}

export async function startCardHarness(
  opts: { timezoneId?: string; locale?: string; colorScheme?: 'light' | 'dark'; hosts?: string[] } = {},
): Promise<CardHarness> {
  const { hosts, ...launch } = opts;
  const build = cardBuild({ hosts });
  const h = await startHarness({ ...launch, extensionDir: build.dir });
  return {
    ...h,
    async serve(url, html) {
      await h.context.route(url, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: typeof html === 'function' ? html() : html,
        }),
      );
    },
    async visit(url, waitUntil = 'load') {
      const page = await h.context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !/ERR_FAILED|Failed to load resource/.test(m.text()))
          errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(url, { waitUntil });
      return { page, errors };
    },
    async close() {
      await h.close();
      build.cleanup();
    },
  };
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The card's shadow root is closed (the page must not read the shopper's history from it), so
 * tests look inside through the DevTools protocol, which sees closed roots.
 */
export class CardProbe {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async of(page: Page): Promise<CardProbe> {
    return new CardProbe(page, await page.context().newCDPSession(page));
  }

  private async shadow(): Promise<DomNode | null> {
    await this.cdp.send('DOM.enable');
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const find = (n: DomNode): DomNode | null => {
      if (n.nodeName === 'ROLLER-COACH-CARD') return n.shadowRoots?.[0] ?? null;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const r = find(c);
        if (r) return r;
      }
      return null;
    };
    return find(root);
  }

  /** The card's text as rendered (innerText of its box), or null when there is no card. */
  async text(): Promise<string | null> {
    const box = await this.find((n) => CardProbe.hasClass(n, 'box'));
    if (!box) return null;
    const { object } = (await this.cdp.send('DOM.resolveNode', { nodeId: box.nodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return this.innerText; }',
      returnByValue: true,
    })) as { result: { value: string } };
    return result.value.replace(/\s+/g, ' ').trim();
  }

  /** Every element name inside the card (to prove page text never became markup). */
  async elementNames(): Promise<string[]> {
    const root = await this.shadow();
    const names: string[] = [];
    const walk = (n: DomNode) => {
      if (n.nodeType === 1) names.push(n.nodeName.toLowerCase());
      for (const c of n.children ?? []) walk(c);
    };
    if (root) walk(root);
    return names;
  }

  private async find(pred: (n: DomNode) => boolean): Promise<DomNode | null> {
    const root = await this.shadow();
    let hit: DomNode | null = null;
    const walk = (n: DomNode) => {
      if (!hit && pred(n)) hit = n;
      for (const c of n.children ?? []) walk(c);
    };
    if (root) walk(root);
    return hit;
  }

  private static hasClass(n: DomNode, cls: string): boolean {
    const attrs = n.attributes ?? [];
    for (let i = 0; i < attrs.length; i += 2)
      if (attrs[i] === 'class' && (attrs[i + 1] ?? '').split(/\s+/).includes(cls)) return true;
    return false;
  }

  /** Two animation frames: the card is fitted (from a ResizeObserver) before positions are read. */
  private async settled(): Promise<void> {
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
    );
  }

  /** The page rectangle of the card's box (x, y, width, height in CSS px). */
  async rect(): Promise<{ x: number; y: number; width: number; height: number }> {
    await this.settled();
    const box = await this.find((n) => CardProbe.hasClass(n, 'box'));
    if (!box) throw new Error('no card box');
    const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId: box.nodeId })) as {
      model: { border: number[] };
    };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  }

  /** A computed style property of the card's <section>. */
  async style(property: string): Promise<string> {
    const card = await this.find((n) => n.nodeName === 'SECTION');
    if (!card) throw new Error('no card section');
    await this.cdp.send('CSS.enable');
    const { computedStyle } = (await this.cdp.send('CSS.getComputedStyleForNode', {
      nodeId: card.nodeId,
    })) as {
      computedStyle: { name: string; value: string }[];
    };
    return computedStyle.find((p) => p.name === property)?.value ?? '';
  }

  /** Click the card's button whose text is `label` (waiting up to 5 s for it to appear). */
  async click(label: string): Promise<void> {
    const textOf = (n: DomNode): string =>
      n.nodeType === 3 ? (n.nodeValue ?? '') : (n.children ?? []).map(textOf).join('');
    let target: DomNode | null = null;
    for (const deadline = Date.now() + 5000; !target && Date.now() < deadline; ) {
      target = await this.find((n) => n.nodeName === 'BUTTON' && textOf(n).trim() === label);
      if (!target) await this.page.waitForTimeout(100);
    }
    if (!target) throw new Error(`no button "${label}" in the card`);
    await this.settled();
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: (target as DomNode).nodeId });
    const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId: (target as DomNode).nodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
}

/** Wait until the page has a card host with these attributes (or throw with what it has). */
export async function waitForCard(page: Page, attrs: { mm: string; verdict: string }, timeout = 10_000) {
  await page.waitForFunction(
    ({ mm, verdict }) => {
      const el = document.querySelector('roller-coach-card');
      return el?.getAttribute('data-needle-mm') === mm && el?.getAttribute('data-verdict') === verdict;
    },
    attrs,
    { timeout },
  );
}

/** There is no card host, and none appears within `ms` (the detector's retries included). */
export async function expectNoCard(page: Page, ms = 3500): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await page.evaluate(() => document.querySelector('roller-coach-card') !== null))
      throw new Error(`a card appeared on ${page.url()}`);
    await page.waitForTimeout(250);
  }
}
