import { lazyCode } from './lazy-code';

// The options page's sections, each a chunk of its own, so the page's first file carries only
// the shell and the history (issue 12 point 3). Those shown at first paint (profile, rules,
// display) are fetched at once, beside the first history page's data; those that wait for the
// whole history anyway (rollers, products, data, the session editor and the calendar) after the
// first paint, with it.

export const profileCode = lazyCode(() => import('./ProfileSection').then((m) => m.ProfileSection));
export const rulesCode = lazyCode(() => import('./RulesSection').then((m) => m.RulesSection));
export const displayCode = lazyCode(() => import('./DisplaySection').then((m) => m.DisplaySection));
export const rollersCode = lazyCode(() => import('./RollersSection').then((m) => m.RollersSection));
export const productsCode = lazyCode(() => import('./ProductsSection').then((m) => m.ProductsSection));
export const dataCode = lazyCode(() => import('./DataArea').then((m) => m.DataArea));
export const editorCode = lazyCode(() => import('./SessionEditor').then((m) => m.SessionEditor));
export const calendarCode = lazyCode(() => import('./HistoryCalendar').then((m) => m.HistoryCalendar));

/** What the first paint shows besides the history. */
export const FIRST_PAINT = [profileCode, rulesCode, displayCode] as const;
/** What waits for the whole history (and, on a page that has it at once, shows with the rest). */
export const WITH_HISTORY = [rollersCode, productsCode, dataCode, editorCode, calendarCode] as const;
