import { browser } from 'wxt/browser';
import { createRepository } from '../store/repository';

/**
 * The service worker's work. For now: on install and on update, read the whole store once so that
 * storage migrations run (and anything unreadable is set aside) before a page opens. The badge,
 * alarms and notifications are added by the popup issue.
 */
export function startBackground(): void {
  browser.runtime.onInstalled.addListener(() => {
    void createRepository().load();
  });
}
