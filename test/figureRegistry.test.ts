/**
 * Knowledge stated once: a derived figure is named in code only by its registry entry
 * (shared/figures/registry.ts) and its field list (shared/document.ts). Any other file
 * naming one (a hand-made column list, a card, a CLI field) would silently fall out of step
 * when a figure is added, which the registry exists to prevent. Reads the source tree, so
 * it lives in test/, not in the pure shared/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DERIVED_FIELDS } from '../shared/document';

const ROOT = join(import.meta.dirname, '..');
const SOURCE_FOLDERS = ['shared', 'electron', 'renderer/src'];
const OWNERS = new Set(['shared/figures/registry.ts', 'shared/document.ts']);
/**
 * Files using the word for something else: "nps" is also a chart's id and a word the
 * import's header detection knows; the aggregation counts the list's customers whose
 * relationship ended in each period (its own lostCustomers, from which S and E follow).
 */
const OTHER_MEANINGS: Partial<Record<string, ReadonlySet<string>>> = {
  lostCustomers: new Set(['shared/aggregate/flow.ts']),
  nps: new Set([
    'shared/figures/figureTypes.ts',
    'renderer/src/charts/chartList.ts',
    'electron/import/detect/lexicon.ts',
    'electron/import/detect/fieldRules.ts',
  ]),
};

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(folder, file));
}

describe('the metric registry', () => {
  const files = SOURCE_FOLDERS.flatMap(sourceFiles).filter(
    (file) => !OWNERS.has(file) && !file.startsWith('shared/i18n/'),
  );

  it.each(DERIVED_FIELDS)('is the only code naming %s', (id) => {
    const named = new RegExp(`['"\`]${id}['"\`]|\\.${id}\\b|\\b${id}:`);
    const naming = files.filter(
      (file) => named.test(readFileSync(join(ROOT, file), 'utf8')) && !OTHER_MEANINGS[id]?.has(file),
    );
    expect(naming.map((file) => relative('.', file))).toEqual([]);
  });
});
