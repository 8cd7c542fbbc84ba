/**
 * Main-thread time of an extension's content scripts in one page load, from a Chrome trace
 * (categories devtools.timeline and toplevel), counted in three kinds of event on the page's
 * main thread, from `start` on:
 * - the top-level EvaluateScript and FunctionCall events of the page's frame whose script is the
 *   extension's (`prefix`): the detector, the card when it is injected, their timers and observers;
 * - the compiling and the evaluating of the extension's modules (the card, when the detector
 *   imports it): v8.compileModule names its script, v8.evaluateModule does not and is the
 *   module compiled last before it on that thread (moduleEvents);
 * - the tasks in which the extension's own messages reach the renderer (an `extensions.mojom`
 *   message: the background's answer to runtime.sendMessage, an injection, a storage event);
 * - the microtask checkpoint that runs right after one of those (within CHECKPOINT_GAP_US of its
 *   end) when it is a script of ours or a task answering our messages (`extensions.mojom.
 *   MessagePort`): there the awaiting code's continuation runs (the card's first draw, its
 *   insertion into the page), with no FunctionCall of its own. The page's own function calls
 *   inside such a checkpoint (its observers reacting to the card) are the page's and are taken out.
 * Layout the card causes later is the page's, not counted. `total` is the events' wall time
 * (what the budget reads), `thread` their thread time (the same events without the time the
 * thread was not running: on a loaded 2-core machine the two differ by a third).
 */
export const CHECKPOINT_GAP_US = 200;
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
const TASK = 'ThreadControllerImpl::RunTask';
const MESSAGE = 'Receive mojo message';
export const CONTINUATIONS = 'extension messages (continuations)';

const tag = (e) => String(e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '');
const MODULE_COMPILE = 'v8.compileModule';
const MODULE_EVALUATE = 'v8.evaluateModule';
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', MODULE_COMPILE, MODULE_EVALUATE]);
const isScript = (e) => SCRIPT_EVENTS.has(e.name);

/**
 * The events, each module evaluation given the address of the module compiled last before it on
 * its thread (a module is evaluated after it is compiled; a trace does not say which module runs).
 */
function moduleEvents(events) {
  const lastCompiled = new Map();
  return [...events]
    .sort((a, b) => a.ts - b.ts)
    .map((e) => {
      const thread = `${e.pid}:${e.tid}`;
      if (e.name === MODULE_COMPILE && e.ph === 'X') lastCompiled.set(thread, e.args?.data?.url);
      if (e.name !== MODULE_EVALUATE || !lastCompiled.has(thread)) return e;
      return { ...e, args: { ...e.args, data: { ...e.args?.data, url: lastCompiled.get(thread) } } };
    });
}
const inside = (x, outer) => x !== outer && x.ts >= outer.ts && x.ts + x.dur <= outer.ts + outer.dur;

export function extensionScriptTime(traceEvents, { prefix, frame, start = 0 }) {
  const events = moduleEvents(traceEvents);
  const ours = (e) => String(e.args?.data?.url ?? '').startsWith(prefix);
  const scripts = events.filter(
    (e) =>
      e.ph === 'X' && e.ts >= start && isScript(e) && ours(e) && (e.args?.data?.frame ?? frame) === frame,
  );
  const byScript = {};
  if (scripts.length === 0) return { total: 0, thread: 0, byScript };
  // The renderer thread the first of them runs on: the page's main thread.
  const { pid, tid } = scripts.reduce((a, b) => (b.ts < a.ts ? b : a));
  const thread = events.filter((e) => e.ph === 'X' && e.ts >= start && e.pid === pid && e.tid === tid);
  const onThread = new Set(thread);
  const tasks = thread.filter((e) => e.name === TASK);
  const messages = thread
    .filter((e) => e.name === MESSAGE && tag(e).startsWith('extensions.mojom.'))
    .map((m) => tasks.find((t) => inside(m, t) || t === m) ?? m);
  const counted = [];
  for (const e of [...scripts.filter((e) => onThread.has(e)), ...messages].sort(
    (a, b) => a.ts - b.ts || b.dur - a.dur,
  )) {
    const last = counted.at(-1);
    if (last && e.ts < last.ts + last.dur) continue; // nested in one already counted
    counted.push(e);
  }
  // A checkpoint continues code of ours when it follows one of our scripts, or a task that
  // answered our messages (not the frame's lifecycle messages, after which the page's own run).
  const continues = (c) =>
    isScript(c) ||
    thread.some(
      (x) =>
        inside(x, c) &&
        ((isScript(x) && ours(x)) || (x.name === MESSAGE && tag(x) === 'extensions.mojom.MessagePort')),
    );
  const checkpoints = thread.filter(
    (e) =>
      e.name === CHECKPOINT &&
      !counted.some((c) => inside(e, c)) &&
      counted.some(
        (c) => e.ts >= c.ts + c.dur - 1 && e.ts - (c.ts + c.dur) <= CHECKPOINT_GAP_US && continues(c),
      ),
  );
  let total = 0;
  let cpu = 0;
  const add = (name, dur, tdur) => {
    total += dur;
    cpu += tdur;
    byScript[name] = (byScript[name] ?? 0) + dur / 1000;
  };
  for (const e of counted)
    add(isScript(e) ? String(e.args.data.url).slice(prefix.length) : CONTINUATIONS, e.dur, e.tdur ?? 0);
  for (const c of checkpoints) {
    const page = thread.filter((x) => isScript(x) && !ours(x) && inside(x, c));
    add(
      CONTINUATIONS,
      c.dur - page.reduce((s, x) => s + x.dur, 0),
      (c.tdur ?? 0) - page.reduce((s, x) => s + (x.tdur ?? 0), 0),
    );
  }
  return { total: total / 1000, thread: cpu / 1000, byScript };
}
