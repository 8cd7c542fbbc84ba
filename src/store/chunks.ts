import { type Session, sessionSchema } from '../core/schemas';
import { readPlainSession } from './session-reader';
import { parseList, type Rejected } from './validate';

/**
 * A month of sessions is stored as one JSON string, not as an array of objects: Chrome converts
 * stored objects value by value, and a 10,000-session history read about 4x faster as strings
 * (measured with `npm run bench`). Arrays are still accepted when read.
 */
export function encodeChunk(sessions: readonly Session[]): string {
  return JSON.stringify(sessions);
}

export function decodeChunk(raw: unknown, key: string): { sessions: Session[]; rejected: Rejected[] } {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { sessions: [], rejected: [{ key, issues: [{ path: [], key: 'errors.corrupt' }], raw }] };
    }
  }
  const { items, rejected } = parseList(value, sessionSchema, key, undefined, readPlainSession);
  return { sessions: items, rejected };
}
