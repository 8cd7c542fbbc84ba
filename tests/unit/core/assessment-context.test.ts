import { describe, expect, it } from 'vitest';
import { buildAssessContext, rulesFor } from '../../../src/core/assessment-context';
import { effectiveRules } from '../../../src/core/rules';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS, type Settings } from '../../../src/core/schemas';

describe('the one assessment context', () => {
  const data = { sessions: [], rollers: [], profile: DEFAULT_PROFILE, settings: DEFAULT_SETTINGS };

  it('carries the data, the zone and the rules in force', () => {
    const ctx = buildAssessContext(data, 'Europe/Madrid');
    expect(ctx).toMatchObject({ sessions: [], rollers: [], profile: DEFAULT_PROFILE, tz: 'Europe/Madrid' });
    expect(ctx.rules).toEqual(effectiveRules({}));
  });

  it('works the rules out once per settings, again when the overrides change', () => {
    const a = buildAssessContext(data, 'UTC');
    const b = buildAssessContext(data, 'Asia/Tokyo');
    expect(b.rules).toBe(a.rules);
    const stricter: Settings = { ...DEFAULT_SETTINGS, ruleOverrides: { 'interval.cosmetic': { value: 5 } } };
    const c = buildAssessContext({ ...data, settings: stricter }, 'UTC');
    expect(c.rules).not.toBe(a.rules);
    expect(c.rules?.['interval.cosmetic'].value).toBe(5);
    expect(rulesFor(stricter)).toBe(c.rules);
  });
});
