/**
 * The import corpus's acceptance test: a fixed subset of the corpus (both languages, every
 * date style, every file format) must be read right by the built CLI, each file on its own
 * test so a failure names the file, its header and what went wrong.
 * `node scripts/corpus.mjs` runs the whole corpus and prints the figures.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliOnAll } from '../support/corpusCli';
import { corpusSubset, planCorpus } from '../support/corpusFiles';
import { judge, type CliRun } from '../support/corpusJudge';
import { writeCorpus } from '../support/corpusWriters';
import { tempFolder } from '../support/workbooks';

const CLI = fileURLToPath(new URL('../../dist/electron/cli.cjs', import.meta.url));
/** The same seed and count as scripts/corpus.mjs's defaults, so a failing name is found in both. */
const CASES = corpusSubset(planCorpus(120, 1), 40);

const folder = tempFolder('corpus');
afterAll(() => folder.remove());

let runs: CliRun[] = [];
beforeAll(async () => {
  const files = await writeCorpus(CASES, folder.dir);
  runs = await runCliOnAll(CLI, files, { parallel: 2 });
}, 120_000);

describe('import corpus', () => {
  it('covers both languages, every date style and every file format', () => {
    expect(new Set(CASES.map((c) => c.language))).toEqual(new Set(['fi', 'en']));
    expect(new Set(CASES.map((c) => c.dateStyle))).toEqual(new Set(['excel', 'dmy', 'iso', 'us', 'uk']));
    expect(new Set(CASES.map((c) => c.format)).size).toBe(4);
    expect(CASES.some((c) => c.ambiguous)).toBe(true);
  });

  it.each(CASES.map((c, i) => [c.name, i] as const))('reads %s right', (_name, i) => {
    const c = CASES[i];
    const run = runs[i];
    if (!c || !run) throw new Error('the corpus run did not happen');
    const { verdict, detail } = judge(c, run);
    const header = c.columns.map((column) => `${column.letter} ${column.header}`).join(' | ');
    expect({ verdict, detail }, `header row ${c.headerRow}: ${header}`).toEqual({
      verdict: 'right',
      detail: expect.any(String),
    });
  });
});
