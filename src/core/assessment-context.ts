import type { AssessContext } from './assess';
import { type EffectiveRules, effectiveRules } from './rules';
import type { Profile, Roller, Session, Settings } from './schemas';
import type { TimeZone } from './time';

/** What an assessment reads, however it was loaded (the UI's signals, the background's load). */
export interface AssessData {
  sessions: readonly Session[];
  rollers: readonly Roller[];
  profile: Profile;
  settings: Settings;
}

const rulesMemo = new WeakMap<object, EffectiveRules>();

/**
 * The rules in force for these settings, worked out once per stored overrides object (settings are
 * replaced, never changed in place, so a new object means new overrides).
 */
export function rulesFor(settings: Pick<Settings, 'ruleOverrides'>): EffectiveRules {
  const overrides = settings.ruleOverrides;
  let rules = rulesMemo.get(overrides);
  if (!rules) {
    rules = effectiveRules(overrides);
    rulesMemo.set(overrides, rules);
  }
  return rules;
}

/** The one assessment context of the UI and the background: the data, the zone and the rules. */
export function buildAssessContext(data: AssessData, tz: TimeZone): AssessContext {
  return {
    sessions: data.sessions,
    rollers: data.rollers,
    profile: data.profile,
    settings: data.settings,
    tz,
    rules: rulesFor(data.settings),
  };
}
