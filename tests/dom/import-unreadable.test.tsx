import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { resetStoreItems } from '../../src/store/items';
import { createAppState } from '../../src/store/state';
import { Options } from '../../src/ui/options/Options';

beforeEach(() => resetStoreItems());
afterEach(() => cleanup());

// Found in Firefox (tests/e2e-firefox): a chosen file is read only when the page asks for its
// text, so a file deleted or moved meanwhile rejects, and the page used to say nothing at all.
it('a chosen file that can no longer be read is refused with a message, and nothing changes', async () => {
  const state = createAppState();
  state.connect();
  render(<Options state={state} now={() => Date.parse('2026-11-21T10:00:00+01:00')} tz="Europe/Berlin" />);
  await screen.findByRole('heading', { name: 'Roller Coach settings' });
  const file = new File(['{}'], 'backup.json', { type: 'application/json' });
  Object.defineProperty(file, 'text', {
    value: () => Promise.reject(new DOMException('The operation was aborted.', 'AbortError')),
  });
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file] });
  fireEvent.change(input);
  const refused = await screen.findByTestId('import-errors');
  expect(refused.textContent).toContain('This file was not imported, and nothing was changed');
  expect(refused.textContent).toContain('The file could not be read.');
  expect(screen.queryByTestId('import-preview')).toBeNull();
});
