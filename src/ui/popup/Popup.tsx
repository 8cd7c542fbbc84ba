import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Session } from '../../core/schemas';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { DataNotices } from '../shared/DataNotices';
import { lazyView } from '../shared/lazy-view';
import { Toast } from '../shared/Toast';
import { isFirstRun } from './first-run';
import { Home } from './Home';

// The first paint is the status (Home); the other views are chunks of their own, fetched as soon
// as the popup has painted so that a click finds them ready.
const Onboarding = lazyView(() => import('./Onboarding').then((m) => m.Onboarding));
const LogForm = lazyView(() => import('./LogForm').then((m) => m.LogForm));
const Saved = lazyView(() => import('./Saved').then((m) => m.Saved));
const Check = lazyView(() => import('./Check').then((m) => m.Check));
const SafetyView = lazyView(() => import('./SafetyView').then((m) => m.SafetyView));

/** Fetches the code of every popup view; resolves when all can render at once. */
export function preloadPopupViews(): Promise<void> {
  return Promise.all([Onboarding, LogForm, Saved, Check, SafetyView].map((v) => v.preload())).then(
    () => undefined,
  );
}

export interface PopupProps {
  state: AppState;
  now: () => number;
  tz: string;
  openOptions: () => void;
}

type View =
  | { name: 'home' }
  | { name: 'log' }
  | { name: 'check' }
  | { name: 'safety' }
  | { name: 'saved'; sessions: Session[] };

/** The toolbar popup: status, "I just rolled", "Can I roll now?", first run. Escape goes back. */
export function Popup(props: PopupProps) {
  // Above every view, first run included: data that could not be read is never hidden.
  return (
    <>
      <DataNotices state={props.state} where="options" />
      <PopupView {...props} />
      <Toast />
    </>
  );
}

function PopupView({ state, now, tz, openOptions }: PopupProps) {
  const view = useSignal<View>({ name: 'home' });
  const home = () => (view.value = { name: 'home' });

  useEffect(() => {
    // After the first paint: the views' code arrives while the user reads the status.
    const timer = setTimeout(() => void preloadPopupViews(), 0);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && view.value.name !== 'home') {
        e.preventDefault();
        home();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // After a change of view, move focus to its heading so keyboard and screen-reader users land on it.
  const firstView = useSignal(true);
  useEffect(() => {
    if (firstView.peek()) {
      firstView.value = false;
      return;
    }
    const h = document.querySelector<HTMLElement>('.view h1');
    h?.setAttribute('tabindex', '-1');
    h?.focus();
  }, [view.value]);

  if (!state.ready.value) return <p aria-busy="true">{t('app.loading')}</p>;
  const nowMs = now();
  if (isFirstRun(state)) return <Onboarding.View state={state} nowMs={nowMs} tz={tz} onDone={home} />;

  switch (view.value.name) {
    case 'log':
      return (
        <LogForm.View
          state={state}
          nowMs={nowMs}
          tz={tz}
          onBack={home}
          onSaved={(saved) => (view.value = { name: 'saved', sessions: saved })}
        />
      );
    case 'saved':
      return <Saved.View state={state} saved={view.value.sessions} now={now} tz={tz} onDone={home} />;
    case 'check':
      return <Check.View state={state} nowMs={nowMs} tz={tz} onBack={home} />;
    case 'safety':
      return <SafetyView.View state={state} nowMs={nowMs} tz={tz} onDone={home} />;
    default:
      return (
        <Home
          state={state}
          nowMs={nowMs}
          tz={tz}
          openOptions={openOptions}
          onLog={() => (view.value = { name: 'log' })}
          onCheck={() => (view.value = { name: 'check' })}
          onSafety={() => (view.value = { name: 'safety' })}
        />
      );
  }
}
