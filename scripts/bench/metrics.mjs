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

/** A millisecond figure picked from each run of a shared fixture (`fx[runs]()`), reduced to its median. */
function runMetric(runs) {
  return (id, metric, budget, pick) => ({
    id,
    metric,
    unit: 'ms',
    budget,
    async measure(fx) {
      return { samples: (await fx[runs]()).map(pick) };
    },
  });
}

/** A figure from each storage run (see fixtures.storageRuns). */
const storageMetric = runMetric('storageRuns');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A figure from each options-page run (see fixtures.optionsRuns). */
const optionsMetric = runMetric('optionsRuns');

/** A figure of the popup-open runs (see fixtures.popupOpen) that is shown, not budgeted. */
function popupDetail(n, key, metric) {
  return {
    id: `popup.${key}${n}`,
    metric: `  ${metric}`,
    unit: 'ms',
    budget: null,
    async measure(fx) {
      return { samples: (await fx.popupOpen(n))[key] };
    },
  };
}

/**
 * Popup open until its status is painted with `n` sessions stored, and the extension page that
 * paints one line beside it, timed the same way in the same run (see fixtures.popupOpen).
 */
function popupMetrics(n, budgetMs, budgetRatio) {
  return [
    {
      id: `popup.open${n}`,
      metric: `popup open to status painted, ${n / 1000}k sessions`,
      unit: 'ms',
      budget: budgetMs,
      async measure(fx) {
        return { samples: (await fx.popupOpen(n)).popup };
      },
    },
    popupDetail(n, 'line', 'extension page painting one line, same run'),
    {
      id: `popup.ratio${n}`,
      metric: '  ratio popup / one-line page',
      unit: 'x',
      budget: budgetRatio,
      async measure(fx) {
        const r = await fx.popupOpen(n);
        return { value: median(r.popup) / median(r.line), detail: { popup: r.popup, line: r.line } };
      },
    },
    popupDetail(n, 'found', 'until the test driver finds the status, after the paint'),
    popupDetail(n, 'blank', 'empty extension page to its load event'),
    {
      id: `popup.foundRatio${n}`,
      metric: '  ratio found / empty page loaded',
      unit: 'x',
      budget: null,
      async measure(fx) {
        const r = await fx.popupOpen(n);
        return { value: median(r.found) / median(r.blank), detail: { found: r.found, blank: r.blank } };
      },
    },
    popupDetail(n, 'live', "until the popup's own drawing"),
    popupDetail(n, 'cold', 'with no saved view (after a change)'),
  ];
}

export const METRICS = [
  ...sizeMetrics('popup', 'popup JS+CSS', 40),
  // Not on the first paint (the saved view is); reported so that its weight stays in sight.
  ...sizeMetrics('popupApp', "  popup's own code, loaded after it", null),
  ...sizeMetrics('options', 'options JS+CSS', 70),
  ...sizeMetrics('background', 'background JS', 60),
  storageMetric('storage.load10k', 'load() 10k sessions', 150, (r) => r.load.ms),
  storageMetric('storage.append1', 'putSessions([1]) on 10k', 100, (r) => r.append.ms),
  storageMetric('core.areaStatuses10k', 'areaStatuses() 10k, 4 areas', 50, (r) => r.statuses.ms),
  storageMetric('export.csv10k', 'export CSV, 10k sessions', 200, (r) => r.io.csvMs),
  storageMetric('export.json10k', 'export JSON backup, 10k', 200, (r) => r.io.jsonMs),
  storageMetric('import.parse10k', 'read back a 10k backup', 500, (r) => r.io.parseMs),
  // The two halves of load(), to see where its time goes.
  storageMetric('storage.rawRead10k', '  load part: storage read', null, (r) => r.rawRead.ms),
  storageMetric('storage.validate10k', '  load part: zod validation', null, (r) => r.validate.ms),
  optionsMetric('options.open10k', 'options open to first history page, 10k', 300, (r) => r.open),
  optionsMetric('options.filter10k', 'history filter by area, 10k', 200, (r) => r.filter),
  optionsMetric('options.sort10k', 'history sort, 10k', 200, (r) => r.sort),
  optionsMetric('report.default10k', 'report, default 6 months, 10k stored', 300, (r) => r.reportDefault),
  optionsMetric('report.all10k', 'report of all 10k sessions', 1000, (r) => r.reportAll),
  ...popupMetrics(1000, 300, 1.5),
  ...popupMetrics(10000, 600, 1.5),
];

// Safety card on retailer pages (issue 6), measured on the saved amazon.es page (1.9 MB).
const cardFx = async (fx) => (await import('./fixtures.mjs')).cardFixtures(fx);

function contentScriptSize(path, label, budgetKb) {
  const file = path.replace(/^.*\/|\.js$/g, '');
  return {
    id: `size.${file}.gzip`,
    metric: `${label} gzip`,
    unit: 'KB',
    budget: budgetKb,
    async measure(fx) {
      const { entrySize } = await import('./sizes.mjs');
      const s = entrySize(await fx.extensionDir(), path);
      return { value: s.gzip / KB, detail: { bytes: s.gzip, raw: s.raw } };
    },
  };
}

METRICS.push(
  contentScriptSize('content-scripts/retailer.js', 'retailer detector (every shop page)', 12),
  contentScriptSize('retailer-card.js', 'safety card chunk (loaded on roller pages only)', 30),
  {
    id: 'card.script.plain',
    metric: 'content scripts, Amazon page, not a roller',
    unit: 'ms',
    budget: 5,
    async measure(fx) {
      const r = await (await cardFx(fx)).scriptTime('plain');
      return { samples: r.samples, detail: r.detail };
    },
  },
  {
    id: 'card.script.roller',
    metric: 'content scripts, Amazon page, roller (card shown)',
    unit: 'ms',
    budget: 10,
    async measure(fx) {
      const r = await (await cardFx(fx)).scriptTime('roller');
      return { samples: r.samples, detail: r.detail };
    },
  },
  ...['plain', 'roller'].flatMap((kind) => {
    const loads = async (fx) => (await cardFx(fx)).loadTimes(kind);
    const ms = (id, metric, side) => ({
      id: `card.load.${kind}.${id}`,
      metric,
      unit: 'ms',
      budget: null,
      async measure(fx) {
        return { samples: (await loads(fx))[side] };
      },
    });
    const ratio = (id, metric, top, bottom, budget) => ({
      id: `card.load.${kind}.${id}`,
      metric,
      unit: 'x',
      budget,
      async measure(fx) {
        const r = await loads(fx);
        return { value: median(r[top]) / median(r[bottom]), detail: r };
      },
    });
    return [
      ms(
        'without',
        `Amazon page load (${kind === 'plain' ? 'not a roller' : 'roller'}), no extension`,
        'without',
      ),
      ms('empty', '  same page, an empty extension (floor)', 'empty'),
      ms('with', '  same page, with Roller Coach', 'with'),
      ratio('ratio', '  ratio with / without', 'with', 'without', 1.1),
      ratio('floorRatio', '  ratio empty extension / without', 'empty', 'without', null),
      ratio('overFloor', '  ratio with / empty extension', 'with', 'empty', null),
    ];
  }),
);

// Progress photos (issue 16), in the built options page.
const photoFx = async (fx) => (await import('./photos.mjs')).photoFixtures(fx);

METRICS.push(
  {
    id: 'photos.add12mp',
    metric: 'add a 12 MP photo until its thumbnail shows',
    unit: 'ms',
    budget: 1500,
    async measure(fx) {
      const r = await (await photoFx(fx)).addRuns();
      return { samples: r.ms, detail: { inputBytes: r.inputBytes, stored: r.type, size: r.size } };
    },
  },
  {
    id: 'photos.storedKb',
    metric: '  stored per photo (image, thumbnail, metadata)',
    unit: 'KB',
    budget: 600,
    async measure(fx) {
      const r = await (await photoFx(fx)).addRuns();
      return { samples: r.storedKb };
    },
  },
  {
    id: 'photos.compare200',
    metric: 'compare view, 200 photos, open to first pair',
    unit: 'ms',
    budget: 500,
    async measure(fx) {
      return { samples: (await (await photoFx(fx)).compareRuns()).ms };
    },
  },
);
