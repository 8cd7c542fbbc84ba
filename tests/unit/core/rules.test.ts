import { describe, expect, it } from 'vitest';
import {
  effectiveRules,
  isLooser,
  isRuleId,
  loosenedRules,
  RULE_IDS,
  RULES,
  type RuleId,
  type RuleOverride,
  ruleDef,
} from '../../../src/core/rules';

const ACK = '2026-05-01T09:00:00Z';
const ruleAfter = (overrides: Partial<Record<RuleId, RuleOverride>>, id: RuleId) =>
  effectiveRules(overrides)[id];

describe('effectiveRules defaults match the safety reference', () => {
  const d = effectiveRules();

  it.each([
    ['interval.cosmetic', 3],
    ['interval.caution', 7],
    ['interval.not-for-home', 14],
    ['interval.professional', 28],
    ['interval.do-not-use', 42],
    ['interval-extended.caution', 14],
    ['interval-extended.professional', 42],
    ['weekly-cap.cosmetic', 2],
    ['weekly-cap.caution', 1],
    ['weekly-cap.not-for-home', 1],
    ['weekly-cap.professional', 1],
    ['weekly-cap.do-not-use', 1],
    ['wear.max-uses', 10],
    ['wear.max-days', 90],
    ['isotretinoin.months', 6],
    ['actives.hours', 48],
    ['procedure.days', 14],
  ] as [RuleId, number][])('%s = %i', (id, value) => {
    expect(d[id].value).toBe(value);
    expect(d[id].def.defaultValue).toBe(value);
    expect(d[id].loosened).toBe(false);
    expect(d[id].tightened).toBe(false);
  });

  it('has an entry for every rule id, each with a source', () => {
    expect(Object.keys(d).sort()).toEqual([...RULE_IDS].sort());
    for (const r of RULES) expect(r.sources.length).toBeGreaterThan(0);
    expect(loosenedRules(d)).toEqual([]);
  });

  it('marks proposals as proposals and the professional interval as read', () => {
    expect(ruleDef('interval.cosmetic').reading).toBe('proposal');
    expect(ruleDef('weekly-cap.cosmetic').reading).toBe('proposal');
    expect(ruleDef('interval.professional').reading).toBe('read');
    expect(ruleDef('isotretinoin.months').reading).toBe('via-copy');
  });

  it('knows which direction is stricter', () => {
    expect(isLooser(ruleDef('interval.caution'), 5)).toBe(true);
    expect(isLooser(ruleDef('interval.caution'), 9)).toBe(false);
    expect(isLooser(ruleDef('weekly-cap.cosmetic'), 3)).toBe(true);
    expect(isLooser(ruleDef('weekly-cap.cosmetic'), 1)).toBe(false);
    expect(isLooser(ruleDef('wear.max-uses'), 15)).toBe(true);
    expect(isLooser(ruleDef('isotretinoin.months'), 3)).toBe(true);
    expect(isLooser(ruleDef('isotretinoin.months'), 6)).toBe(false);
  });

  it('isRuleId / ruleDef reject unknown ids', () => {
    expect(isRuleId('interval.cosmetic')).toBe(true);
    expect(isRuleId('interval.huge')).toBe(false);
    expect(() => ruleDef('nope' as RuleId)).toThrow(/unknown rule/);
  });
});

describe('overrides', () => {
  it('a stricter override applies without acknowledgement and is marked tightened', () => {
    const r = ruleAfter({ 'interval.cosmetic': { value: 5 } }, 'interval.cosmetic');
    expect(r).toMatchObject({ value: 5, tightened: true, loosened: false });
    const cap = ruleAfter({ 'weekly-cap.cosmetic': { value: 1 } }, 'weekly-cap.cosmetic');
    expect(cap).toMatchObject({ value: 1, tightened: true, loosened: false });
    const wear = ruleAfter({ 'wear.max-days': { value: 60 } }, 'wear.max-days');
    expect(wear).toMatchObject({ value: 60, tightened: true });
  });

  it('an override equal to the default is neither tightened nor loosened', () => {
    expect(ruleAfter({ 'interval.caution': { value: 7 } }, 'interval.caution')).toMatchObject({
      value: 7,
      tightened: false,
      loosened: false,
    });
  });

  it('a looser override without acknowledgement is ignored', () => {
    const rules = effectiveRules({
      'interval.cosmetic': { value: 1 },
      'weekly-cap.cosmetic': { value: 5 },
      'isotretinoin.months': { value: 2, looserAcknowledgedAt: '' },
    });
    expect(rules['interval.cosmetic']).toMatchObject({ value: 3, loosened: false, tightened: false });
    expect(rules['weekly-cap.cosmetic']).toMatchObject({ value: 2, loosened: false });
    expect(rules['isotretinoin.months']).toMatchObject({ value: 6, loosened: false });
    expect(loosenedRules(rules)).toEqual([]);
  });

  it('a looser override with acknowledgement applies and is marked loosened', () => {
    const rules = effectiveRules({
      'interval.cosmetic': { value: 2, looserAcknowledgedAt: ACK },
      'wear.max-uses': { value: 15, looserAcknowledgedAt: ACK },
      'interval.caution': { value: 10 },
    });
    expect(rules['interval.cosmetic']).toMatchObject({ value: 2, loosened: true, tightened: false });
    expect(rules['wear.max-uses']).toMatchObject({ value: 15, loosened: true });
    expect(
      loosenedRules(rules)
        .map((r) => r.def.id)
        .sort(),
    ).toEqual(['interval.cosmetic', 'wear.max-uses']);
  });

  it.each([
    ['interval.cosmetic', 0],
    ['interval.cosmetic', 366],
    ['interval.cosmetic', -3],
    ['weekly-cap.cosmetic', 0],
    ['weekly-cap.cosmetic', 8],
    ['wear.max-uses', 101],
    ['isotretinoin.months', 25],
    ['interval.caution', Number.NaN],
    ['interval.caution', Number.POSITIVE_INFINITY],
  ] as [RuleId, number][])('out-of-range override %s = %d is ignored even when acknowledged', (id, value) => {
    const r = ruleAfter({ [id]: { value, looserAcknowledgedAt: ACK } }, id);
    expect(r.value).toBe(ruleDef(id).defaultValue);
    expect(r.loosened).toBe(false);
    expect(r.tightened).toBe(false);
  });

  it('range bounds themselves are accepted', () => {
    expect(ruleAfter({ 'interval.cosmetic': { value: 365 } }, 'interval.cosmetic').value).toBe(365);
    expect(
      ruleAfter({ 'interval.cosmetic': { value: 1, looserAcknowledgedAt: ACK } }, 'interval.cosmetic').value,
    ).toBe(1);
  });

  it('overrides of one rule leave the others at their defaults', () => {
    const rules = effectiveRules({ 'interval.professional': { value: 35 } });
    expect(rules['interval.professional'].value).toBe(35);
    expect(rules['interval-extended.professional'].value).toBe(42);
    expect(rules['interval.cosmetic'].value).toBe(3);
  });
});
