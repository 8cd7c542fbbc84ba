import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every test starts with empty storage and no listeners.
beforeEach(() => {
  fakeBrowser.reset();
});
