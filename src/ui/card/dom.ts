/**
 * A small element builder for the card's DOM, with no framework: the card's script carries no
 * Preact (13 KB it parsed on every roller page, and a first render that cost a cold shop page more
 * than building the same 60 elements directly). Text is always added as text nodes, never as markup.
 */
export type Child = Node | string | null | undefined | false | readonly Child[];

type Attrs = Record<string, string | number | boolean | null | undefined>;

function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (typeof c === 'string') parent.appendChild(document.createTextNode(c));
    else if (Array.isArray(c)) append(parent, c);
    else parent.appendChild(c as Node);
  }
}

function setAttrs(el: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

/** An HTML element with attributes (false, null and undefined are left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element (in the SVG namespace), for the card's brand mark. */
export function s(tag: string, attrs?: Attrs, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** A button of the card: type="button", with its click handler. */
export function button(
  attrs: Attrs,
  onClick: (e: MouseEvent) => void,
  ...children: Child[]
): HTMLButtonElement {
  const el = h('button', { type: 'button', ...attrs }, ...children);
  el.addEventListener('click', onClick);
  return el;
}
