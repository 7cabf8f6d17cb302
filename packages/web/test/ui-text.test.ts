// No user-visible English written into components: every word on screen comes from a catalog.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './support/build.js';

/** Attributes a person reads or hears. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'hint']);
const WORDS = /[A-Za-z]{2,}/;

function componentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return componentFiles(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

/** Literal text in JSX, and literal strings in attributes people read. */
export function hardCodedText(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(tree))) {
      const value = node.initializer;
      const literal =
        value && ts.isStringLiteral(value)
          ? value.text
          : value && ts.isJsxExpression(value) && value.expression
            ? ts.isStringLiteral(value.expression) ||
              ts.isNoSubstitutionTemplateLiteral(value.expression)
              ? value.expression.text
              : ts.isTemplateExpression(value.expression)
                ? value.expression.getText(tree)
                : undefined
            : undefined;
      if (literal !== undefined && WORDS.test(literal.replace(/\$\{[^}]*\}/g, '')))
        found.push(`${node.name.getText(tree)}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('components', () => {
  it('hold no user-visible English of their own', () => {
    const found = componentFiles(join(PACKAGE_DIR, 'src', 'ui')).flatMap((file) =>
      hardCodedText(file, readFileSync(file, 'utf8')).map(
        (text) => `${relative(PACKAGE_DIR, file)}: ${text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('are checked by a finder that does see hard-coded text', () => {
    const sample = `export const A = () => (
      <p title="Some title" aria-label={\`Remove \${name}\`}>
        Hello there <b>{t('ok')}</b>
      </p>
    );`;
    expect(hardCodedText('sample.tsx', sample)).toEqual([
      'title="Some title"',
      'aria-label="`Remove ${name}`"',
      'Hello there',
    ]);
  });
});
