import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built manifests ask for the fewest permissions that work, and nothing else.
const read = (dir: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.output', dir, 'manifest.json'), 'utf8'));
const ALLOWED = new Set(['storage', 'alarms', 'activeTab', 'scripting']);
const OPTIONAL = new Set(['notifications']);

describe.each([
  ['chrome-mv3', 3],
  ['firefox-mv2', 2],
])('%s manifest', (dir, version) => {
  const m = read(dir);

  it('has the expected manifest version and no remote code or custom CSP', () => {
    expect(m.manifest_version).toBe(version);
    expect(m.content_security_policy).toBeUndefined();
  });

  it('asks only for storage, alarms, scripting, activeTab, optional notifications and retailer hosts', () => {
    const api = (m.permissions ?? []).filter((p: string) => !p.includes('://') && !p.startsWith('*'));
    for (const p of api) expect(ALLOWED.has(p), `unexpected permission ${p}`).toBe(true);
    for (const p of (m.optional_permissions ?? []).filter((p: string) => !p.includes('://')))
      expect(OPTIONAL.has(p), `unexpected optional permission ${p}`).toBe(true);
    const hosts: string[] = [
      ...(m.host_permissions ?? []),
      ...(m.permissions ?? []).filter((p: string) => p.includes('://')),
    ];
    expect(hosts).not.toContain('<all_urls>');
    expect(hosts.filter((h) => /^\*:\/\/\*\/|^https?:\/\/\*\/\*$/.test(h))).toEqual([]);
  });

  it('exposes only the card’s script, in Chrome, to the retailers’ pages, at a per-session address', () => {
    expect(m.web_accessible_resources).toEqual(
      dir.startsWith('chrome')
        ? [{ resources: ['retailer-card.js'], matches: m.host_permissions, use_dynamic_url: true }]
        : undefined,
    );
  });

  if (dir.startsWith('firefox'))
    it('declares a gecko id and that no data is collected', () => {
      expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
      expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    });
});

// Issue 14: the README's permission table is exact, for both built manifests.
describe('README permission table', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('<!-- permissions:start -->'),
    readme.indexOf('<!-- permissions:end -->'),
  );
  const rows = section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| permission'))
    .map((l) =>
      l
        .split('|')
        .map((c) => c.trim())
        .slice(1, -1),
    );
  const hostLine = section.slice(section.indexOf('Retailer hosts'));
  const listedHosts = [...hostLine.matchAll(/`(https?:\/\/[^`]+)`/g)].map((m) => m[1] as string);
  const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

  it('exists, with a why for every row', () => {
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r[3]?.length ?? 0, r[0]).toBeGreaterThan(10);
  });

  it.each([
    ['chrome-mv3', 1],
    ['firefox-mv2', 2],
  ] as const)('lists exactly what %s asks for, required and optional', (dir, column) => {
    const m = read(dir);
    const ask = (kind: 'required' | 'optional') => {
      const out = new Set<string>();
      for (const r of rows)
        if (r[column] === kind) {
          if ((r[0] ?? '').startsWith('retailer hosts')) for (const h of listedHosts) out.add(h);
          else for (const n of names(r[0] ?? '')) out.add(n);
        }
      return [...out].sort();
    };
    const required = [...(m.permissions ?? []), ...(m.host_permissions ?? [])].sort();
    const optional = [...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])].sort();
    expect(ask('required')).toEqual(required);
    expect(ask('optional')).toEqual(optional);
  });
});

// The popup's first paint waits for one file only (src/ui/popup/load-popup-module.ts): its styles
// are in the page, its one script is the first script, and the module it loads exists.
describe.each(['chrome-mv3', 'firefox-mv2'])('%s popup.html', (dir) => {
  const out = resolve(import.meta.dirname, '../../.output', dir);
  const html = readFileSync(resolve(out, 'popup.html'), 'utf8');

  it('has its styles inline and no stylesheet, module or preload to fetch', () => {
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).not.toMatch(/<link[^>]+rel="(?:stylesheet|modulepreload)"/);
    expect(html).not.toMatch(/type="module"/);
  });

  it('has one script, the first script, naming a module of this build', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    const module = /^<script src="\/popup-shell\.js" data-module="(\/chunks\/popup-[\w-]+\.js)">$/.exec(
      scripts[0] ?? '',
    )?.[1];
    expect(module).toBeTruthy();
    expect(readFileSync(resolve(out, `.${module}`), 'utf8').length).toBeGreaterThan(0);
  });
});
