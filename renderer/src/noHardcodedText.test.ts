/**
 * Every user-facing string comes from the translation catalogs: this scans the renderer's
 * components for text written straight into JSX (text between tags, and the attributes a
 * user reads or hears) that holds a letter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'aria-description']);
const LETTER = /\p{L}/u;

function componentFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx') && !entry.name.includes('.test.'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function hardcodedTexts(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      READ_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      LETTER.test(node.initializer.text)
    ) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('renderer text', () => {
  it('has no user-facing text outside the translation catalogs', () => {
    const folder = import.meta.dirname;
    const files = componentFiles(folder);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) =>
      hardcodedTexts(file, readFileSync(file, 'utf8')).map((text) => `${relative(folder, file)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('catches text between tags and in read attributes, and lets translations and punctuation pass', () => {
    const component = `export const A = () => (
      <p title="Save it" data-testid="x">
        Hello {t('ui.app.title')} – ({count})
        <button aria-label={t('ui.toolbar.save')}>{label}: </button>
      </p>
    );`;
    expect(hardcodedTexts('probe.tsx', component)).toEqual(['title="Save it"', 'Hello']);
  });
});
