import type { Target } from '../e2e/ui';

/** A Target with its RegExps turned into plain data, so it can be passed into the page. */
export type WireTarget = {
  kind: string;
  value: string;
  flags: string | null;
  role?: string;
  within?: WireTarget;
};

export function toWire(t: Target): WireTarget {
  const within = t.within ? { within: toWire(t.within) } : {};
  const pattern = (p: string | RegExp) =>
    typeof p === 'string' ? { value: p, flags: null } : { value: p.source, flags: p.flags };
  if ('testId' in t) return { kind: 'testId', value: t.testId, flags: null, ...within };
  if ('role' in t) return { kind: 'role', role: t.role, ...pattern(t.name), ...within };
  if ('label' in t) return { kind: 'label', ...pattern(t.label), ...within };
  if ('text' in t) return { kind: 'text', ...pattern(t.text), ...within };
  return { kind: 'css', value: t.css, flags: null, ...within };
}

/**
 * Runs in the page: every element matching the target, in document order. A small stand-in for
 * Playwright's getByRole / getByLabel / getByText (roles by element, names from aria-label,
 * aria-labelledby, <label>, <legend> or the text), with the same matching: a string is a
 * case-insensitive substring, a pattern is tested. Hidden elements do not count.
 */
export function resolveInPage(t: WireTarget): Element[] {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (s: string, p: { value: string; flags: string | null }) =>
    p.flags === null ? s.toLowerCase().includes(p.value.toLowerCase()) : new RegExp(p.value, p.flags).test(s);
  const textOf = (el: Element): string => norm((el as HTMLElement).innerText ?? el.textContent);
  const byIds = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter(Boolean)
      .map((el) => textOf(el as Element))
      .join(' ');
  const labelOf = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return byIds(labelledBy);
    const aria = el.getAttribute('aria-label');
    if (aria) return norm(aria);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return norm([...labels].map(textOf).join(' '));
    if (el.tagName === 'FIELDSET') return textOf(el.querySelector('legend') ?? document.createElement('i'));
    return '';
  };
  const nameOf = (el: Element): string => {
    const l = labelOf(el);
    if (l) return l;
    if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button')) return el.value;
    return textOf(el);
  };
  const shown = (el: Element) => {
    const h = el as HTMLElement;
    if (h.closest('[hidden]')) return false;
    const checkbox = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
    return checkbox || h.getClientRects().length > 0;
  };
  const ROLES: Record<string, string> = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    link: 'a[href], [role="link"]',
    region: 'section[aria-label], section[aria-labelledby], [role="region"]',
    form: 'form[aria-label], form[aria-labelledby], [role="form"]',
    group: 'fieldset, [role="group"]',
  };
  const scopes: ParentNode[] = t.within ? resolveInPage(t.within) : [document];
  const out: Element[] = [];
  for (const scope of scopes) {
    let found: Element[] = [];
    const all = (sel: string) => [...scope.querySelectorAll(sel)];
    if (t.kind === 'testId') found = all(`[data-testid="${t.value}"]`);
    else if (t.kind === 'css') found = all(t.value);
    else if (t.kind === 'role')
      found = all(ROLES[t.role ?? ''] ?? '*').filter((el) => shown(el) && matches(nameOf(el), t));
    else if (t.kind === 'label')
      found = all('input, select, textarea').filter((el) => shown(el) && matches(labelOf(el), t));
    else if (t.kind === 'text') {
      // The innermost elements whose own text matches (as getByText).
      found = all('body *').filter(
        (el) =>
          shown(el) &&
          matches(textOf(el), t) &&
          ![...el.children].some((c) => matches(textOf(c), t)) &&
          !['SCRIPT', 'STYLE'].includes(el.tagName),
      );
    }
    for (const el of found) if (!out.includes(el)) out.push(el);
  }
  return out;
}
