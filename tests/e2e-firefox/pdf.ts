import { constants, inflateSync } from 'node:zlib';

/**
 * The number of pages of a PDF. Firefox prints through cairo, which packs its objects into
 * compressed object streams, so the page objects are counted in the plain text and in every
 * Flate stream.
 */
export function pdfPageCount(pdf: Buffer): number {
  const raw = pdf.toString('latin1');
  const texts = [raw];
  const stream = /(?<!end)stream\r?\n/g;
  for (let m = stream.exec(raw); m; m = stream.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      texts.push(
        inflateSync(pdf.subarray(start, end), { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1'),
      );
    } catch {
      // not a Flate stream (an image, a font): no page objects in it
    }
    stream.lastIndex = end + 'endstream'.length;
  }
  return texts.reduce((n, t) => n + (t.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length, 0);
}
