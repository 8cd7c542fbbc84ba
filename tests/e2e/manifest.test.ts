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

  if (dir.startsWith('firefox'))
    it('declares a gecko id and that no data is collected', () => {
      expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
      expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    });
});
