import type { AppState } from '../../store/state';

/** No profile answered, no roller, no session: the popup opens on the first-run view. */
export function isFirstRun(state: Pick<AppState, 'profile' | 'rollers' | 'sessionCount'>): boolean {
  return (
    !state.profile.value.onboardedAt && state.rollers.value.length === 0 && state.sessionCount.value === 0
  );
}
