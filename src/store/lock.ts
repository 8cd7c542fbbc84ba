/**
 * Serialises read-modify-write cycles across every context of the extension (popup, options,
 * background): the Web Locks API is shared by all pages and workers of one origin. Where it is
 * missing, a promise chain serialises writers within this context.
 */
export type Lock = <T>(fn: () => Promise<T>) => Promise<T>;

const LOCK_NAME = 'roller-coach:store';

let chain: Promise<unknown> = Promise.resolve();

function localLock<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}

export const storeLock: Lock = <T>(fn: () => Promise<T>): Promise<T> => {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request(LOCK_NAME, fn) as Promise<T>;
  return localLock(fn);
};
