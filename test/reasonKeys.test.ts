/**
 * Every error reason the main side gives (a string literal naming a catalog key) is in both
 * catalogs with the same placeholders, so the renderer can always word it in the UI
 * language. Keys built from a template (`readerError.xlsx.${problem}`) are checked by the
 * compiler instead: they are typed as MessageKey.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../shared/i18n';

const ROOT = join(__dirname, '..');
const REASON_KEY = /['"`]((?:importError|readerError|saveError|documentError)\.[\w.]*\w)['"`]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function reasonKeysUsed(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(join(ROOT, 'electron'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(REASON_KEY)) {
      used.set(match[1] as string, relative(ROOT, file));
    }
  }
  return used;
}

const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('error reasons of the main side', () => {
  const used = reasonKeysUsed();

  it('are found in the sources', () => {
    expect(used.size).toBeGreaterThan(30);
  });

  it.each([...used])('%s (%s) is in both catalogs with the same placeholders', (key) => {
    const en = (catalogs.en as Record<string, string>)[key];
    const fi = (catalogs.fi as Record<string, string>)[key];
    expect(en, `en ${key}`).toBeDefined();
    expect(fi, `fi ${key}`).toBeDefined();
    expect(placeholders(fi)).toEqual(placeholders(en));
  });
});
