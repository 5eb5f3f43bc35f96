/**
 * The mutation fuzzer in small (scripts/fuzz.mjs runs thousands): 200 mutants of the four
 * seed kinds, seed 1, two at a time. Every one must be read or refused with one clean
 * `error: ` line, within 10 s and 1 GB, and a read mutant whose figures changed must say so.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../support/workbooks';
import { runFuzz } from './fuzzRun';
import { describeFailure, isFailure, summarize } from './summary';

const folder = tempFolder('fuzz');
afterAll(() => folder.remove());

describe('the readers under mutation', () => {
  it('never crash, hang, blow up or change figures in silence', async () => {
    const results = await runFuzz({ cli: 'dist/electron/cli.cjs', dir: folder.dir, count: 200, seed: 1, parallel: 2 });
    const failures = results.filter(isFailure);
    if (failures.length > 0) console.log(summarize(results));
    expect(failures.map(describeFailure)).toEqual([]);
  }, 180_000);
});
