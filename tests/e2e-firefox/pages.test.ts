import { afterAll, beforeAll, describe, it } from 'vitest';
import * as flows from '../e2e/flows';
import { type FirefoxHarness, startFirefoxHarness } from './support';

let h: FirefoxHarness;

beforeAll(async () => {
  h = await startFirefoxHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('extension pages in real Firefox', () => {
  it('first run: welcome with the disclaimer, first roller, areas, then the status', () => flows.firstRun(h));
  it('the popup shows what storage holds, and follows a write made elsewhere', () =>
    flows.popupFollowsStorage(h));
  it('logs a session; the badge counts down; undo removes it and the badge clears', () =>
    flows.logAndUndo(h));
  it('a session too soon is recorded with the warning and the acknowledgement is stored', () =>
    flows.tooSoonAcknowledged(h));
  it('the options page: rule table with sources, roller, profile, rules, theme', () =>
    flows.optionsSections(h));
});
