/**
 * Why a number with a millimetre unit is not a needle length, judged from the words around it.
 * Each rule comes from a real listing or catalogue string (see tests/unit/retail): diameters and
 * thicknesses ("0.2 mm thickness", ".25mm at the base"), step sizes ("in 0.25 mm steps"),
 * dimensions ("300 × 240 × 180 mm"), gauges ("32G 4mm"), conversions from inches, legend lines of
 * a buying guide ("0.25 mm: enhances absorption"), and, in running prose only, sentences about
 * needles in general ("typically", "on average", "I was trained to recommend").
 */
export type TextKind = 'title' | 'bullet' | 'spec' | 'variant' | 'description';

export type Refusal = 'legend' | 'dimension' | 'gauge' | 'diameter-or-step' | 'inch-conversion' | 'editorial';

// Words right after the length that make it a diameter, thickness, width or step.
const AFTER =
  /^\s*[),]?\s*(?:needles?\s+|nadel\s*|agujas?\s+|aiguilles?\s+)?(?:thick\b|thickness|in diameter|diameter|dia\b|wide\b|width|at (?:the|its) base|across|gauge|steps?\b|ste\b|increments?|precision|accuracy|resolution|de di[aá]metro|di[aá]metro|de grosor|grosor|de espesor|espesor|de ancho|pasos|incrementos|precisi[oó]n|d['’][ée]paisseur|[ée]paisseur|de diam[eè]tre|diam[eè]tre|de large|par pas|incr[ée]ments|pr[ée]cision|dick\b|dicke|durchmesser|breit\b|breite|st[äa]rke|schritte|genauigkeit)/i;

// Words right before the length with the same meaning ("needle diameter: 0.25 mm").
const BEFORE =
  /(?:diameter|\bdia\.?|[ø⌀]|thickness|\bthick|width|\bwide|steps? of|step size|increments? of|in increments|resolution|accuracy|precision|gauge|grosor|espesor|di[aá]metro|pasos de|incrementos de|[ée]paisseur|diam[eè]tre|pas de|durchmesser|dicke|st[äa]rke|schritten von|schrittweite)\s*(?:of|de|von|:|=|is|es|est|ist)?\s*(?:about|approx\.?|ca\.?|aprox\.?|environ|etwa)?\s*$/i;

// The same words a few words further on, in the same phrase ("0.2 mm titanium needle thickness",
// "0.25 mm stainless steel diameter"): up to four words of letters, no digits, no punctuation
// that ends the phrase, and none that says the number is a length after all.
const THICKNESS_WORD =
  /^(?:nadel|naald|ago|aguja)?(?:thick|thickness|diameter|dia|width|wide|gauge|grosor|espesor|di[aá]metro|ancho|[ée]paisseur|diam[eè]tre|largeur|dick|dicke|durchmesser|breite|st[äa]rke|spessore|espessura|dikte|breedte)$/i;
const LENGTH_WORD =
  /^(?:long|length|lengths|longitud|largo|longueur|long(?:ue)?|l[äa]nge|lang|lunghezza|comprimento|lengte|tief|tiefe|depth|profundidad|profondeur|profondit[àa]|profundidade|diepte)$/i;
function thicknessFurtherOn(words: string[]): boolean {
  for (const w of words.slice(0, 5)) {
    if (LENGTH_WORD.test(w)) return false;
    if (THICKNESS_WORD.test(w)) return true;
  }
  return false;
}
const PHRASE_AFTER = /^[\s\p{L}'’-]*/u;
const PHRASE_BEFORE = /[\s\p{L}'’-]*$/u;
const wordsOf = (s: string) => s.split(/[\s-]+/).filter(Boolean);

const DIMENSION_BEFORE = /\d\s*[a-z]{0,2}\s*[x×*]\s*$/i;
const DIMENSION_AFTER = /^\s*[x×*]\s*\d/i;
const GAUGE = /\b\d{2}\s?-?\s?(?:g|ga|gauge)\b/i;
const INCH_BEFORE = /(?:["”″]|\binch(?:es)?|\bin\.)\s*[([]\s*$/i;
const LINE_START = /(?:^|\n)[ •·*>-]*$/;

const EDITORIAL =
  /\b(?:typical(?:ly)?|usually|generally|in general|on average|averag(?:e|es|ing)|recommend\w*|trained to|compared (?:to|with)|in comparison|most (?:\w+ )?(?:needles|rollers|devices|pens)|normalmente|generalmente|por lo general|en promedio|recomend\w*|habituellement|g[ée]n[ée]ralement|en moyenne|recommand\w*|normalerweise|in der regel|durchschnittlich\w*|empfehl\w*|empfohlen\w*)\b/i;

function sentenceAround(s: string, start: number, end: number): string {
  let from = 0;
  for (const m of s.slice(0, start).matchAll(/[.!?]\s|\n/g)) from = m.index + m[0].length;
  const rest = s.slice(end);
  const stop = rest.search(/[.!?](?:\s|$)|\n/);
  return s.slice(from, stop < 0 ? s.length : end + stop);
}

/** The reason the length written at [start, end) of `s` is not a needle length, or null. */
export function refusal(s: string, start: number, end: number, kind: TextKind): Refusal | null {
  const before = s.slice(Math.max(0, start - 40), start);
  const after = s.slice(end, end + 40);
  if (/^\s*:/.test(after) && LINE_START.test(s.slice(0, start))) return 'legend';
  if (DIMENSION_BEFORE.test(before) || DIMENSION_AFTER.test(after)) return 'dimension';
  if (GAUGE.test(before.slice(-20)) || GAUGE.test(after.slice(0, 20))) return 'gauge';
  if (AFTER.test(after) || BEFORE.test(before)) return 'diameter-or-step';
  const phraseAfter = wordsOf(PHRASE_AFTER.exec(after)?.[0] ?? '');
  const phraseBefore = wordsOf(PHRASE_BEFORE.exec(before)?.[0] ?? '').reverse();
  // "needle thickness of 0.2mm", "grosor de la aguja 0,2 mm": the word reads before the number.
  const beforeTail = /(?:of|de|di|da|van|von|:)\s*$/i.test(before) ? phraseBefore.slice(1) : phraseBefore;
  if (thicknessFurtherOn(phraseAfter) || thicknessFurtherOn(beforeTail.slice(0, 5)))
    return 'diameter-or-step';
  if (INCH_BEFORE.test(before)) return 'inch-conversion';
  if (kind === 'description' && EDITORIAL.test(sentenceAround(s, start, end))) return 'editorial';
  return null;
}
