import { describe, expect, it } from 'vitest';
import { firefoxTierPlan } from '../../../scripts/lib/firefox.mjs';

const on =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('npm test and the Firefox tier', () => {
  it.each([
    [
      'FIREFOX_PATH wins',
      { FIREFOX_PATH: '/opt/ff/firefox' },
      on('/opt/ff/firefox', '/usr/bin/firefox-esr'),
      'run',
      '/opt/ff/firefox',
    ],
    ['then firefox-esr', {}, on('/usr/bin/firefox-esr', '/usr/bin/firefox'), 'run', '/usr/bin/firefox-esr'],
    ['then firefox', {}, on('/usr/bin/firefox'), 'run', '/usr/bin/firefox'],
    ['none: skipped outside CI', {}, on(), 'skip', null],
    ['none: fails in CI', { CI: 'true' }, on(), 'fail', null],
    [
      'a FIREFOX_PATH naming nothing is not replaced by a guess',
      { FIREFOX_PATH: '/nope' },
      on('/usr/bin/firefox-esr'),
      'skip',
      null,
    ],
    ['… and fails in CI', { FIREFOX_PATH: '/nope', CI: 'true' }, on('/usr/bin/firefox-esr'), 'fail', null],
  ] as const)('%s', (_, env, exists, outcome, firefox) => {
    const plan = firefoxTierPlan(env, exists);
    expect(plan.outcome).toBe(outcome);
    expect(plan.firefox).toBe(firefox);
    if (outcome === 'skip') expect(plan.detail).toMatch(/^SKIPPED: no Firefox/);
  });
});
