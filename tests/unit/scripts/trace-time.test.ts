import { describe, expect, it } from 'vitest';
import { CONTINUATIONS, extensionScriptTime, type TraceEvent } from '../../../scripts/bench/trace-time.mjs';

/**
 * The bench's count of the content scripts' main-thread time (npm run bench, "content scripts,
 * Amazon page"), on hand-made traces shaped like Chrome's. Times in microseconds.
 */
const PREFIX = 'chrome-extension://abc/';
const FRAME = 'F1';
let clock = 0;
const ev = (
  name: string,
  ts: number,
  dur: number,
  args?: Record<string, unknown>,
  tdur = dur,
): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  pid: 1,
  tid: 1,
  args,
});
const script = (kind: 'EvaluateScript' | 'FunctionCall', ts: number, dur: number, file: string, tdur = dur) =>
  ev(kind, ts, dur, { data: { url: `${PREFIX}content-scripts/${file}`, frame: FRAME } }, tdur);
const pageCall = (ts: number, dur: number) =>
  ev('FunctionCall', ts, dur, { data: { url: 'https://shop.example/p', frame: FRAME } });
const task = (ts: number, dur: number) => ev('ThreadControllerImpl::RunTask', ts, dur);
const message = (ts: number, dur: number, iface: string) =>
  ev('Receive mojo message', ts, dur, { chrome_mojo_event_info: { mojo_interface_tag: iface } });
const checkpoint = (ts: number, dur: number, tdur = dur) =>
  ev('BlinkScheduler_PerformMicrotaskCheckpoint', ts, dur, undefined, tdur);
const time = (events: TraceEvent[]) =>
  extensionScriptTime(events, { prefix: PREFIX, frame: FRAME, start: clock });

describe('the content scripts’ main-thread time, read from a trace', () => {
  it('counts our scripts once (a call nested in an evaluation is not counted twice)', () => {
    const r = time([
      script('EvaluateScript', 1000, 600, 'retailer.js'),
      script('FunctionCall', 1200, 100, 'retailer.js'),
    ]);
    expect(r.total).toBeCloseTo(0.6);
    expect(r.byScript).toEqual({ 'content-scripts/retailer.js': 0.6 });
  });

  it('counts the whole task an extension message arrives in', () => {
    const r = time([
      script('EvaluateScript', 1000, 500, 'retailer.js'),
      task(3000, 900),
      message(3010, 850, 'extensions.mojom.MessagePort'),
    ]);
    expect(r.total).toBeCloseTo(1.4);
    expect(r.byScript[CONTINUATIONS]).toBeCloseTo(0.9);
  });

  it('counts the microtask checkpoint right after an answer to our message (the card’s first draw), less the page’s own calls in it', () => {
    const r = time([
      script('EvaluateScript', 1000, 500, 'retailer.js'),
      task(3000, 300),
      message(3010, 280, 'extensions.mojom.MessagePort'),
      checkpoint(3350, 3000, 2500),
      pageCall(4000, 400),
    ]);
    expect(r.total).toBeCloseTo(0.5 + 0.3 + 2.6);
    expect(r.thread).toBeCloseTo(0.5 + 0.3 + 2.1);
  });

  it('does not count a checkpoint after one of the frame’s lifecycle messages, or long after our task', () => {
    const r = time([
      script('EvaluateScript', 1000, 500, 'retailer.js'),
      task(3000, 50),
      message(3005, 40, 'extensions.mojom.LocalFrame'),
      checkpoint(3060, 2000),
      task(8000, 100),
      message(8005, 90, 'extensions.mojom.MessagePort'),
      checkpoint(9000, 2000),
    ]);
    expect(r.total).toBeCloseTo(0.5 + 0.05 + 0.1);
  });

  it('counts the compiling and evaluating of our module (its evaluation names no script), not a page module’s', () => {
    const compiled = (ts: number, dur: number, url: string) =>
      ev('v8.compileModule', ts, dur, { data: { url } });
    const r = time([
      script('EvaluateScript', 1000, 500, 'retailer.js'),
      compiled(3000, 300, `${PREFIX}retailer-card.js`),
      ev('v8.evaluateModule', 3500, 700, {}),
      compiled(6000, 200, 'https://shop.example/app.mjs'),
      ev('v8.evaluateModule', 6300, 900, {}),
    ]);
    expect(r.total).toBeCloseTo(0.5 + 0.3 + 0.7);
    expect(r.byScript['retailer-card.js']).toBeCloseTo(1.0);
  });

  it('reads only the main thread of the page’s frame, from the page’s own request on', () => {
    const other = { ...script('FunctionCall', 1000, 5000, 'retailer.js'), tid: 2 };
    const before = script('EvaluateScript', 10, 700, 'retailer.js');
    clock = 500;
    try {
      const r = time([before, script('EvaluateScript', 1000, 300, 'retailer.js'), other]);
      expect(r.total).toBeCloseTo(0.3);
    } finally {
      clock = 0;
    }
  });
});
