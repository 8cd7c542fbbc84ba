/**
 * Text as product pages deliver it, made comparable: invisible direction and formatting marks
 * removed (Amazon wraps detail values in U+200E/U+200F), every kind of space made a space, every
 * dash a hyphen, full-width digits made ASCII. Line breaks are kept: some rules read lines.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const FULLWIDTH_DIGITS = /[\uFF10-\uFF19]/g;

export function normaliseText(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(DASHES, '-')
    .replace(/\r\n?/g, '\n')
    .replace(/[\uFF5E\u301C]/g, '~')
    .replace(/\uFF0E/g, '.')
    .replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** One line of text: normalised, runs of white space collapsed, trimmed. */
export function oneLine(s: string | null | undefined): string {
  return normaliseText(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case without accents, spaces collapsed: for matching words in any of the four languages. */
export function fold(s: string): string {
  return oneLine(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
