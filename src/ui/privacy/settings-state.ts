import { batch, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../../core/schemas';
import type { QuarantineEntry } from '../../store/items';
import { areaKey, KEYS } from '../../store/keys';
import { createRepository, normalizeQuarantine, type Repository } from '../../store/repository';
import { parseRecord } from '../../store/validate';

/**
 * What a page that shows no data needs (the privacy page): the settings, for the theme and the
 * language, and what is set aside, for the notice. No session, profile or roller is read.
 */
export function createSettingsState(repo: Repository = createRepository()) {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const quarantine = signal<QuarantineEntry[]>([]);
  const loadError = signal<string | null>(null);
  const ready = signal(false);

  async function refresh(): Promise<void> {
    try {
      // In turn: reading the settings may set a value aside, which the quarantine then holds.
      const s = await repo.readSettings();
      const aside = await repo.readQuarantine();
      batch(() => {
        settings.value = s;
        quarantine.value = aside;
        loadError.value = null;
        ready.value = true;
      });
    } catch (e) {
      loadError.value = e instanceof Error ? e.message : String(e);
      ready.value = true;
    }
  }

  function onChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
    if (area !== 'local') return;
    const settingsChange = changes[areaKey(KEYS.settings)];
    const asideChange = changes[areaKey(KEYS.quarantine)];
    if (asideChange) quarantine.value = normalizeQuarantine(asideChange.newValue, new Date().toISOString());
    if (settingsChange) {
      const r = parseRecord(settingsChange.newValue, settingsSchema, DEFAULT_SETTINGS, KEYS.settings);
      settings.value = r.value;
      // Something unreadable arrived: the read sets it aside (and the notice says so).
      if (r.rejected.length > 0) void refresh();
    }
  }

  /** Read and follow storage; returns the function that stops following. */
  function connect(): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) =>
      onChanged(changes, area);
    browser.storage.onChanged.addListener(listener);
    void refresh();
    return () => browser.storage.onChanged.removeListener(listener);
  }

  return { settings, quarantine, loadError, ready, refresh, connect };
}

export type SettingsState = ReturnType<typeof createSettingsState>;
