/**
 * Numbers as listings write them: "0.5", "0,5" (comma decimals), ".25" (leading dot), runs of
 * garbage separators (".0.20/", "2.0.", "2.5..") and dot-decimals joined by commas without spaces
 * ("0.5,1.0,1.5"). Numbers glued to a preceding Latin letter are model codes (ST025, N2, A6) and
 * versions or dates with several dots (1.2.3) are nothing: both are skipped.
 */
export interface Num {
  /** The digits as written, with a dot as decimal separator ("0.5", "130"). */
  text: string;
  value: number;
  /** Value when a comma is read as a thousands separator ("1,500" = 1500); else undefined. */
  thousands?: number;
  decimal: boolean;
  start: number;
  end: number;
}

const RUN = /\.?\d[\d.,]*/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

function num(written: string, start: number): Num {
  const text = written.replace(',', '.');
  const out: Num = {
    text,
    value: Number(text),
    decimal: text.includes('.'),
    start,
    end: start + written.length,
  };
  if (/^\d{1,3},\d{3}$/.test(written)) out.thousands = Number(written.replace(',', ''));
  return out;
}

export function scanNumbers(s: string): Num[] {
  const out: Num[] = [];
  for (const m of s.matchAll(RUN)) {
    let start = m.index;
    let run = m[0];
    const prev = s[start - 1];
    if (prev !== undefined && LATIN_LETTER.test(prev)) continue;
    run = run.replace(/[.,]+$/, '');
    if (run.startsWith('.')) {
      const rest = run.slice(1);
      if (/[.,]/.test(rest)) {
        // ".0.20": a stray dot before a number
        run = rest;
        start += 1;
      } else {
        out.push({ ...num(`0${run}`, start), end: start + run.length });
        continue;
      }
    }
    if (/^\d+(?:[.,]\d+)?$/.test(run)) {
      out.push(num(run, start));
      continue;
    }
    if (run.includes('.') && run.includes(',')) {
      const pieces = run.split(',');
      if (pieces.every((p) => /^(?:0|[1-9]\d*)(?:\.\d+)?$/.test(p))) {
        let at = start;
        for (const p of pieces) {
          out.push(num(p, at));
          at += p.length + 1;
        }
      }
    }
  }
  return out;
}
