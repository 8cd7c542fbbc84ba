import type { AssessContext } from '../../core/assess';
import { effectiveRules } from '../../core/rules';
import type { AppState } from '../../store/state';

/** What the assessment needs, read from the current state. */
export function assessContext(state: AppState, tz: string): AssessContext {
  const settings = state.settings.value;
  return {
    sessions: state.sessions.value,
    rollers: state.rollers.value,
    profile: state.profile.value,
    settings,
    tz,
    rules: effectiveRules(settings.ruleOverrides),
  };
}

/** A new random id for a stored record. */
export function newId(): string {
  return crypto.randomUUID();
}
