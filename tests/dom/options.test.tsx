import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStoreItems } from '../../src/store/items';
import { createRepository } from '../../src/store/repository';
import { createAppState } from '../../src/store/state';
import { Options } from '../../src/ui/options/Options';

beforeEach(() => resetStoreItems());
afterEach(() => cleanup());

describe('options page', () => {
  it('shows the rule table with defaults, sources, and "proposal" where no source gives a number', async () => {
    const state = createAppState();
    state.connect();
    render(<Options state={state} />);
    const table = await screen.findByTestId('rules-table');
    const row = (band: string) => table.querySelector(`tr[data-band="${band}"]`)?.textContent ?? '';
    expect(row('cosmetic')).toContain('3 (proposal)');
    expect(row('professional')).toContain('28');
    expect(row('professional')).not.toContain('proposal');
    expect(row('professional')).toContain('Harris 2015');
    expect(screen.getByText(/Harris AG, Naidoo C, Murrell DF/)).toBeTruthy();
  });

  it('shows a stricter rule the user chose', async () => {
    await createRepository().saveSettings({ ruleOverrides: { 'interval.caution': { value: 10 } } });
    const state = createAppState();
    state.connect();
    render(<Options state={state} />);
    const table = await screen.findByTestId('rules-table');
    expect(table.querySelector('tr[data-band="caution"]')?.textContent).toContain('10');
  });
});
