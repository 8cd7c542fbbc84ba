import type { AssessContext } from '../../core/assess';
import { buildAssessContext } from '../../core/assessment-context';
import type { AppState } from '../../store/state';

/** What the assessment needs, read from the current state (the same builder as the background's). */
export function assessContext(state: AppState, tz: string): AssessContext {
  return buildAssessContext(
    {
      sessions: state.sessions.value,
      rollers: state.rollers.value,
      profile: state.profile.value,
      settings: state.settings.value,
    },
    tz,
  );
}

/** A new random id for a stored record. */
export function newId(): string {
  return crypto.randomUUID();
}
