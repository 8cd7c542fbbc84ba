// The benchmark's figures, in table order. To add one, append an object:
//   id       stable key in bench-results/latest.json
//   metric   label in the table
//   unit     'KB' (1024 bytes), 'ms', ...
//   budget   the largest acceptable value, or null for a figure that is only reported
//   measure  async (fx) => number | number[] | { value | samples, detail? }
//            `fx` holds the shared fixtures (./fixtures.mjs): add one there when several figures
//            need the same setup. An array (`samples`) is reduced to its median; every sample is
//            kept in the JSON.

const KB = 1024;

function sizeMetrics(entry, label, budgetKb) {
  return [
    {
      id: `size.${entry}.gzip`,
      metric: `${label} gzip`,
      unit: 'KB',
      budget: budgetKb,
      async measure(fx) {
        const s = (await fx.sizes())[entry];
        return { value: s.gzip / KB, detail: { bytes: s.gzip, files: s.files, lazy: s.lazy } };
      },
    },
    {
      id: `size.${entry}.raw`,
      metric: `${label} raw`,
      unit: 'KB',
      budget: null,
      async measure(fx) {
        const s = (await fx.sizes())[entry];
        return { value: s.raw / KB, detail: { bytes: s.raw } };
      },
    },
  ];
}

/** A figure taken from each storage run (see fixtures.storageRuns). */
function storageMetric(id, metric, budget, pick) {
  return {
    id,
    metric,
    unit: 'ms',
    budget,
    async measure(fx) {
      return { samples: (await fx.storageRuns()).map(pick) };
    },
  };
}

export const METRICS = [
  ...sizeMetrics('popup', 'popup JS+CSS', 60),
  ...sizeMetrics('options', 'options JS+CSS', 70),
  ...sizeMetrics('background', 'background JS', 60),
  storageMetric('storage.load10k', 'load() 10k sessions', 400, (r) => r.load.ms),
  storageMetric('storage.append1', 'putSessions([1]) on 10k', 100, (r) => r.append.ms),
  storageMetric('core.areaStatuses10k', 'areaStatuses() 10k, 4 areas', 50, (r) => r.statuses.ms),
  // The two halves of load(), to see where its time goes.
  storageMetric('storage.rawRead10k', '  load part: storage read', null, (r) => r.rawRead.ms),
  storageMetric('storage.validate10k', '  load part: zod validation', null, (r) => r.validate.ms),
];
