/**
 * 32-bit FNV-1a of a text, in base 36: a cheap fingerprint that tells a changed text from an
 * unchanged one (not a secret, not collision-proof; callers pair it with the text's length).
 * Free of imports, so the popup's first script can use it.
 */
export function fnv1a(text: string, seed = 0x811c9dc5): string {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * A text's length and two FNV-1a hashes of it (different seeds): for fingerprints that decide
 * whether something drawn or stored may be reused, where one 32-bit hash is too weak.
 */
export function textFingerprint(text: string): string {
  return `${text.length}.${fnv1a(text)}.${fnv1a(text, 0x2545f491)}`;
}
