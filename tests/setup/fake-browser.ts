import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT's vitest plugin stubs these too, but a project-level setupFiles list replaces its own:
// stub them here, before any test file imports code that captures `browser` at load.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);

// Every test starts with empty storage and no listeners.
beforeEach(() => {
  fakeBrowser.reset();
});
