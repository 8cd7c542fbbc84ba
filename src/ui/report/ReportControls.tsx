import type { Signal } from '@preact/signals';
import { t } from '../../i18n/i18n';
import { PAPERS, type Paper } from './format';
import { RANGES, type Range } from './period';
import '../../i18n/packs/options';
import '../../i18n/packs/report';

/** The screen-only controls: period (and custom dates), paper, appendix, print. */
export function ReportControls({
  range,
  customFrom,
  customTo,
  paper,
  withAppendix,
}: {
  range: Signal<Range>;
  customFrom: Signal<string>;
  customTo: Signal<string>;
  paper: Signal<Paper>;
  withAppendix: Signal<boolean>;
}) {
  return (
    <div class="controls no-print">
      <label>
        {t('report.rangeLabel')}
        <select value={range.value} onChange={(e) => (range.value = e.currentTarget.value as Range)}>
          {RANGES.map((r) => (
            <option key={r} value={r}>
              {t(`report.range.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {range.value === 'custom' ? (
        <>
          <label>
            {t('options.history.from')}
            <input
              type="date"
              value={customFrom.value}
              onInput={(e) => (customFrom.value = e.currentTarget.value)}
            />
          </label>
          <label>
            {t('options.history.to')}
            <input
              type="date"
              value={customTo.value}
              onInput={(e) => (customTo.value = e.currentTarget.value)}
            />
          </label>
        </>
      ) : null}
      <label>
        {t('report.paper')}
        <select value={paper.value} onChange={(e) => (paper.value = e.currentTarget.value as Paper)}>
          {PAPERS.map((p) => (
            <option key={p} value={p}>
              {t(`report.paper.${p === 'A4' ? 'a4' : 'letter'}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="check-q">
        <input
          type="checkbox"
          name="appendix"
          checked={withAppendix.value}
          onChange={(e) => (withAppendix.value = e.currentTarget.checked)}
        />{' '}
        {t('report.appendixToggle')}
      </label>
      <button type="button" class="primary" onClick={() => window.print()}>
        {t('report.print')}
      </button>
    </div>
  );
}
