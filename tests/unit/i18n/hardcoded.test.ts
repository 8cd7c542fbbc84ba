import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No user-visible text is written into a component: every word goes through t() / tp(), so that
 * every language gets it. Components are parsed with the TypeScript compiler (exact, and comments
 * are never text), and these are checked:
 *   - JSX text between tags: <p>Hello</p>
 *   - string values of attributes people read: aria-label="…", title="…", placeholder="…", alt="…", …
 *     (written as "…", {'…'} or {`…`})
 *   - strings placed straight into the markup: {ok ? 'Yes' : 'No'}, {`Hi ${name}`}, {['a', 'b'][i]}
 * A string is flagged when it contains a letter. Punctuation, symbols, digits and HTML entities
 * (&nbsp;) are fine. Not seen: text a helper function returns and the markup calls ({label()}).
 */

const UI_DIR = join('src', 'ui');

/** Attributes whose value is read by people (or by screen readers), on elements and on our own components. */
const TEXT_ATTRIBUTES = new Set([
  'alt',
  'aria-description',
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'caption',
  'heading',
  'hint',
  'label',
  'legend',
  'placeholder',
  'summary',
  'title',
]);

/** Literal text that may appear in components, each with its reason. Keep this short. */
const ALLOWED_TEXT = new Map<string, string>([
  ['Roller Coach', "brand name, the same in every language (t('app.name') is still preferred)"],
  ['I', 'Fitzpatrick skin type: Roman numeral, written the same in every language'],
  ['II', 'Fitzpatrick skin type: Roman numeral'],
  ['III', 'Fitzpatrick skin type: Roman numeral'],
  ['IV', 'Fitzpatrick skin type: Roman numeral'],
  ['V', 'Fitzpatrick skin type: Roman numeral'],
  ['VI', 'Fitzpatrick skin type: Roman numeral'],
  ['English', 'language picker: each language is named in itself'],
  ['Español', 'language picker: each language is named in itself'],
  ['Deutsch', 'language picker: each language is named in itself'],
  ['Français', 'language picker: each language is named in itself'],
]);

interface Hardcoded {
  file: string;
  line: number;
  kind: 'text' | 'attribute' | 'expression';
  text: string;
}

/** Whether a piece of markup text would show words: letters once entities are removed. */
function hasWords(text: string): boolean {
  const cleaned = text.replace(/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, ' ').trim();
  return /\p{L}/u.test(cleaned) && !ALLOWED_TEXT.has(cleaned);
}

/** The literal strings an expression puts on screen when it is rendered as a JSX child or text attribute. */
function shownStrings(expr: ts.Expression | undefined): ts.Node[] {
  if (!expr) return [];
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr];
  if (ts.isTemplateExpression(expr))
    return [expr.head, ...expr.templateSpans.flatMap((s) => [s.literal, ...shownStrings(s.expression)])];
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr))
    return shownStrings(expr.expression);
  if (ts.isSatisfiesExpression(expr)) return shownStrings(expr.expression);
  if (ts.isConditionalExpression(expr))
    return [...shownStrings(expr.whenTrue), ...shownStrings(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return shownStrings(expr.right);
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    )
      return [...shownStrings(expr.left), ...shownStrings(expr.right)];
    return [];
  }
  if (ts.isArrayLiteralExpression(expr))
    return expr.elements.flatMap((e) => shownStrings(e as ts.Expression));
  if (ts.isElementAccessExpression(expr)) return shownStrings(expr.expression);
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression)) {
    // list.map((x) => 'text'), list.join(' and ')
    const method = expr.expression.name.text;
    if (method === 'join')
      return [...shownStrings(expr.expression.expression), ...shownStrings(expr.arguments[0])];
    if (method === 'map') {
      const fn = expr.arguments[0];
      if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && !ts.isBlock(fn.body))
        return shownStrings(fn.body as ts.Expression);
    }
  }
  // Calls (t('key'), formatDate(…)), identifiers, JSX (visited on its own) and the rest: not literal text.
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return node.getText();
}

function tagName(attr: ts.JsxAttribute): string {
  const owner = attr.parent.parent; // JsxAttributes -> JsxOpeningElement | JsxSelfClosingElement
  return ts.isJsxOpeningElement(owner) || ts.isJsxSelfClosingElement(owner) ? owner.tagName.getText() : '';
}

/** For <input type="submit" value="Go">: the value is the button's visible label. */
function isButtonValue(attr: ts.JsxAttribute): boolean {
  if (attr.name.getText() !== 'value' || tagName(attr) !== 'input') return false;
  const type = attr.parent.properties.find(
    (p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === 'type',
  );
  const init = type?.initializer;
  return !!init && ts.isStringLiteral(init) && ['submit', 'button', 'reset'].includes(init.text);
}

/** The hard-coded strings in one TSX source. */
function findHardcoded(source: string, file: string): Hardcoded[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Hardcoded[] = [];
  const report = (node: ts.Node, kind: Hardcoded['kind'], text: string) => {
    if (!hasWords(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push({ file, line, kind, text: text.trim().replace(/\s+/g, ' ') });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (!node.containsOnlyTriviaWhiteSpaces) report(node, 'text', node.text);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText();
      if (TEXT_ATTRIBUTES.has(name) || isButtonValue(node)) {
        const init = node.initializer;
        if (init && ts.isStringLiteral(init)) report(init, 'attribute', init.text);
        else if (init && ts.isJsxExpression(init))
          for (const s of shownStrings(init.expression)) report(s, 'attribute', literalText(s));
      }
    } else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const s of shownStrings(node.expression)) report(s, 'expression', literalText(s));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return tsxFiles(p);
    return p.endsWith('.tsx') ? [p] : [];
  });
}

describe('hard-coded text in components', () => {
  it('flags literal text in a control snippet, and nothing else in it', () => {
    const snippet = `
      import { t } from '../../i18n/i18n';
      export function Control({ ok, n, name }: { ok: boolean; n: number; name: string }) {
        return (
          <section class="status ok" data-testid="control" aria-labelledby="h">
            {/* Hello from a comment: never text */}
            <h2 id="h">{t('popup.title')}</h2>
            <p>Hello</p>
            <input type="text" placeholder="Type here" />
            <input type="submit" value="Send" />
            <img src="x.png" alt="A roller" />
            <button type="button" aria-label="Close">×</button>
            <span title={'Tip'} />
            <p>{ok ? 'Yes' : t('check.no')}</p>
            <p>{\`Hi \${name}\`}</p>
            <p>&nbsp;·&nbsp;—&nbsp;(3)&nbsp;:</p>
            <p>{' '}{n} / {n + 1}</p>
            <option>{['I', 'II', 'III', 'IV', 'V', 'VI'][n - 1]}</option>
            <p>{t('app.loadError', { message: 'disk full' })}</p>
          </section>
        );
      }
    `;
    const found = findHardcoded(snippet, 'control.tsx').map((f) => `${f.line} ${f.kind} ${f.text}`);
    expect(found).toEqual([
      '8 text Hello',
      '9 attribute Type here',
      '10 attribute Send',
      '11 attribute A roller',
      '12 attribute Close',
      '13 attribute Tip',
      '14 expression Yes',
      '15 expression Hi',
    ]);
  });

  it('finds the components', () => {
    expect(tsxFiles(UI_DIR).length).toBeGreaterThan(10);
  });

  it('finds no hard-coded text in src/ui', () => {
    const found = tsxFiles(UI_DIR).flatMap((file) =>
      findHardcoded(readFileSync(file, 'utf8'), relative('.', file).split('\\').join('/')),
    );
    expect(found.map((f) => `${f.file}:${f.line} (${f.kind}) ${JSON.stringify(f.text)}`)).toEqual([]);
  });
});
