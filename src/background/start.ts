import { browser } from 'wxt/browser';
import { aftercareFor } from '../core/aftercare';
import { buildAssessContext } from '../core/assessment-context';
import { badgeState } from '../core/badge';
import { summaryCovers, summarySessions } from '../core/summary';
import { DAY_MS, parseInstant, systemTimeZone } from '../core/time';
import { areaKey, KEYS } from '../store/keys';
import { createRepository } from '../store/repository';
import { listenForCardMessages } from './messages';
import { currentLocale, ensureCatalogue, setLocaleSetting, t, tp } from './speech';

const TICK = 'roller-coach:tick';
const NEXT = 'roller-coach:next';
const TICK_MINUTES = 30;
/** Red for a stop, amber for a warning, teal for a wait (text is white on each). */
const BADGE_COLOURS = {
  block: '#b91c1c',
  warn: '#92400e',
  wait: '#0f766e',
  ready: '#0f766e',
  none: '#0f766e',
};

export interface BackgroundDeps {
  now: () => number;
  tz: () => string;
}

const defaults: BackgroundDeps = {
  now: () => Date.now(),
  tz: systemTimeZone,
};

/** The toolbar API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function actionApi() {
  const b = browser as unknown as {
    action?: typeof browser.browserAction;
    browserAction?: typeof browser.browserAction;
  };
  return b.action ?? b.browserAction;
}

async function canNotify(): Promise<boolean> {
  try {
    return (
      !!browser.notifications && (await browser.permissions.contains({ permissions: ['notifications'] }))
    );
  } catch {
    return false;
  }
}

/**
 * Recompute the badge, re-arm the alarms and send the notifications that are due. Safe to call
 * at any time and any number of times: the alarms are re-created each time (so they survive
 * service-worker restarts, browser restarts and updates) and notifications are sent once per
 * change, using a memo of what was last seen (so a machine that slept catches up once).
 */
export async function refresh(deps: BackgroundDeps = defaults): Promise<void> {
  const nowMs = deps.now();
  const tz = deps.tz();
  const repo = createRepository({ now: () => nowMs, tz: () => tz });
  // The summary, not every month: the sessions the rules read, each roller's days of use.
  const [data, summary] = await Promise.all([repo.loadRecords(), repo.readSummary({ nowMs, tz })]);
  const sessions = summarySessions(summary);
  setLocaleSetting(data.settings.locale);
  // A language that cannot be loaded leaves the badge in English, never without a badge.
  await ensureCatalogue(currentLocale()).catch(() => undefined);
  const ctx = buildAssessContext({ ...data, sessions }, tz);
  const badge = badgeState(ctx, nowMs);
  const action = actionApi();
  if (action) {
    const text =
      badge.kind === 'block' || badge.kind === 'warn'
        ? '!'
        : badge.kind === 'wait'
          ? t('badge.days', { days: badge.days })
          : '';
    await action.setBadgeText({ text });
    if (text) await action.setBadgeBackgroundColor({ color: BADGE_COLOURS[badge.kind] });
    await action.setTitle({
      title:
        badge.kind === 'wait'
          ? tp('badge.title.wait', badge.days)
          : badge.kind === 'none'
            ? t('actionTitle')
            : t(`badge.title.${badge.kind}`),
    });
  }

  await browser.alarms.create(TICK, { periodInMinutes: TICK_MINUTES });
  if (badge.nextChangeMs !== null)
    await browser.alarms.create(NEXT, { when: Math.max(nowMs + 1000, badge.nextChangeMs + 1000) });
  else await browser.alarms.clear(NEXT);

  const memo = await repo.readBackgroundMemo();
  const { notifications } = data.settings;
  if (memo && (notifications.areaSafe || notifications.aftercare) && (await canNotify())) {
    const lines: string[] = [];
    // Only an area whose status is "possible" with no warning is announced (never one over 0.5 mm).
    const newlyPossible = notifications.areaSafe
      ? badge.possibleAreas.filter((area) => !memo.safeAreas.includes(area))
      : [];
    for (const area of newlyPossible) lines.push(t('notify.areaPossible', { area: t(`area.${area}`) }));
    if (notifications.aftercare) {
      const ended = new Set<string>();
      // Asleep for longer than the summary reaches back: the months since then are read.
      const all = summaryCovers(summary, memo.checkedAt, 22) ? sessions : (await repo.load()).sessions;
      for (const s of all) {
        const at = parseInstant(s.when);
        if (at < memo.checkedAt - 22 * DAY_MS || at > nowMs) continue;
        for (const item of aftercareFor(s, nowMs, tz))
          if (item.endMs !== null && item.endMs > memo.checkedAt && item.endMs <= nowMs) ended.add(item.id);
      }
      for (const id of ended)
        lines.push(t('notify.aftercareOver', { item: t(`aftercare.${id as 'no-makeup'}`) }));
    }
    // Every answer says it is not medical advice: a notification that an area is possible, and
    // one that only says an aftercare step is over, too.
    if (lines.length > 0) lines.push(t('app.notMedicalAdvice'));
    if (lines.length > 0)
      await browser.notifications.create(`roller-coach-${nowMs}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('app.name'),
        message: lines.join('\n'),
      });
  }
  await repo.saveBackgroundMemo({ checkedAt: nowMs, safeAreas: badge.possibleAreas });
}

/** The service worker's wiring: every way it can wake leads to one `refresh`. */
export function startBackground(deps: BackgroundDeps = defaults): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = (delay = 300) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running
        .then(() => refresh(deps))
        .catch((e) => console.warn('Roller Coach background refresh failed', e));
    }, delay);
  };
  listenForCardMessages();
  browser.runtime.onInstalled.addListener((details) => {
    schedule(0);
    // Firefox tells a temporary add-on (loaded by `web-ext run` or about:debugging: a developer)
    // apart. Show its popup in a tab, as `npm start` does in Chromium; web-ext's own start page
    // would open before the add-on is installed. Users' installs are never temporary.
    if ((details as { temporary?: boolean }).temporary === true && details.reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') }).catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => schedule(0));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK || alarm.name === NEXT) schedule(0);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // The memo is the background's own write: reacting to it would loop. Its first write also
    // writes WXT's version mark beside it (`background$`), which is the background's own too.
    // The summary alone changes when a reader rebuilt it (the refresh itself may): the data it
    // sums up did not change, so there is nothing to recompute. Real writes come with their months.
    const ignored = new Set([
      areaKey(KEYS.background),
      `${areaKey(KEYS.background)}$`,
      areaKey(KEYS.summary),
      areaKey(KEYS.summaryStamp),
      // The popup's saved view (src/store/status-view.ts) is a drawing, not data.
      areaKey(KEYS.statusView),
    ]);
    if (area === 'local' && Object.keys(changes).some((k) => !ignored.has(k))) schedule();
  });
  // A service worker is stopped when idle and started again by any event: refresh on every start.
  schedule(0);
}
