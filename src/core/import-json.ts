import type { Path } from './import-issues';

/**
 * A small JSON scanner, used only after something went wrong: to say where a file stops being
 * JSON (line and column, and whether it simply ends too early), and on which line a value that
 * failed validation is. Engines word their JSON.parse errors differently (and V8 gives no
 * position for a truncated file), so the position is found here. Iterative: a hostile file may
 * nest arrays millions deep.
 */

export interface JsonFault {
  /** Offset (UTF-16 units) of the first character that cannot be JSON, or the text's length. */
  offset: number;
  /** The text ended while a value was still open: the file was cut off. */
  truncated: boolean;
}

type OnValue = (path: readonly (string | number)[], offset: number) => void;

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Scan `text`; null when it is valid JSON, else where it fails. `onValue` sees every value's path. */
export function scanJson(text: string, onValue?: OnValue): JsonFault | null {
  const n = text.length;
  let i = 0;
  const path: (string | number)[] = [];
  const stack: ('o' | 'a')[] = [];
  const fail = (truncated = i >= n): JsonFault => ({ offset: Math.min(i, n), truncated });
  const ws = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };

  /** A string starting at i (a quote); its decoded value, or a fault. */
  const readString = (): string | JsonFault => {
    i++;
    let out = '';
    let start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(start, i);
        i++;
        return out;
      }
      if (c < 0x20) return fail(false);
      if (c === 0x5c) {
        out += text.slice(start, i);
        const e = text[i + 1];
        if (e === undefined) {
          i = n;
          return fail(true);
        }
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]*$/.test(hex)) {
            i += 2;
            while (/[0-9a-fA-F]/.test(text[i] ?? '')) i++;
            return fail(false);
          }
          if (hex.length < 4) {
            i = n;
            return fail(true);
          }
          out += String.fromCharCode(Number.parseInt(hex, 16));
          i += 6;
        } else if (e in ESCAPES) {
          out += ESCAPES[e];
          i += 2;
        } else {
          i += 1;
          return fail(false);
        }
        start = i;
        continue;
      }
      i++;
    }
    return fail(true);
  };

  /** A number, true, false or null at i; null when fine, else a fault. */
  const readScalar = (): JsonFault | null => {
    const c = text[i];
    if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      for (const ch of word) {
        if (i >= n) return fail(true);
        if (text[i] !== ch) return fail(false);
        i++;
      }
      return null;
    }
    const digits = () => {
      const s = i;
      while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
      return i - s;
    };
    if (c === '-') i++;
    if (i >= n) return fail(true);
    if (text[i] === '0') i++;
    else if (digits() === 0) return fail(false);
    if (text[i] === '.') {
      i++;
      if (i >= n) return fail(true);
      if (digits() === 0) return fail(false);
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (i >= n) return fail(true);
      if (digits() === 0) return fail(false);
    }
    return null;
  };

  /** After `,` or `{` in an object: a key and its colon. */
  const readKey = (): JsonFault | null => {
    ws();
    if (i >= n) return fail(true);
    if (text[i] !== '"') return fail(false);
    const key = readString();
    if (typeof key !== 'string') return key;
    ws();
    if (i >= n) return fail(true);
    if (text[i] !== ':') return fail(false);
    i++;
    path.push(key);
    return null;
  };

  for (;;) {
    // A value.
    ws();
    if (i >= n) return fail(true);
    onValue?.(path, i);
    const c = text[i];
    let opened = false;
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') i++;
      else {
        const f = readKey();
        if (f) return f;
        stack.push('o');
        opened = true;
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') i++;
      else {
        if (i >= n) return fail(true);
        stack.push('a');
        path.push(0);
        opened = true;
      }
    } else if (c === '"') {
      const s = readString();
      if (typeof s !== 'string') return s;
    } else {
      const f = readScalar();
      if (f) return f;
    }
    if (opened) continue;
    // After a value: close containers or move to the next element.
    let next = false;
    while (!next) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? fail(false) : null;
      if (i >= n) return fail(true);
      const ch = text[i];
      if (ch === ',') {
        i++;
        if (top === 'o') {
          path.pop();
          const f = readKey();
          if (f) return f;
        } else path[path.length - 1] = (path[path.length - 1] as number) + 1;
        next = true;
      } else if ((top === 'o' && ch === '}') || (top === 'a' && ch === ']')) {
        i++;
        stack.pop();
        path.pop();
      } else return fail(false);
    }
  }
}

/** Where a text stops being JSON (for texts JSON.parse refused). */
export function locateJsonFault(text: string): JsonFault {
  return scanJson(text) ?? { offset: 0, truncated: false };
}

/** 1-based line and column of offsets in a text, found in one pass. */
export function lineColumns(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const order = offsets
    .map((o, k) => ({ o: Math.max(0, Math.min(o, text.length)), k }))
    .sort((a, b) => a.o - b.o);
  const out: { line: number; column: number }[] = new Array(offsets.length);
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  for (const { o, k } of order) {
    while (pos < o) {
      const nl = text.indexOf('\n', pos);
      if (nl === -1 || nl >= o) {
        pos = o;
        break;
      }
      line++;
      lineStart = nl + 1;
      pos = nl + 1;
    }
    out[k] = { line, column: o - lineStart + 1 };
  }
  return out;
}

/**
 * The line of each path's value in a valid JSON text; when a path is not in the text (a field
 * that was missing, or renamed by a migration), the line of its nearest ancestor that is.
 */
export function linesOfPaths(text: string, paths: readonly Path[]): (number | undefined)[] {
  const wanted = new Set<string>();
  let depth = 0;
  // Schema paths are a few levels deep; a hostile key's path may not be: its first levels will do.
  for (const p of paths.map((x) => x.slice(0, 12)))
    for (let k = 0; k <= p.length; k++) {
      wanted.add(JSON.stringify(p.slice(0, k)));
      depth = Math.max(depth, k);
    }
  const found = new Map<string, number>();
  scanJson(text, (path, offset) => {
    if (path.length > depth) return;
    const key = JSON.stringify(path);
    if (wanted.has(key) && !found.has(key)) found.set(key, offset);
  });
  const offsets = paths.map((full) => {
    const p = full.slice(0, 12);
    for (let k = p.length; k >= 0; k--) {
      const o = found.get(JSON.stringify(p.slice(0, k)));
      if (o !== undefined) return o;
    }
    return undefined;
  });
  const known = offsets.filter((o): o is number => o !== undefined);
  const lines = lineColumns(text, known).map((lc) => lc.line);
  let j = 0;
  return offsets.map((o) => (o === undefined ? undefined : lines[j++]));
}
