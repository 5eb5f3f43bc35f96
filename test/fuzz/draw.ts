/** Seeded draws for the mutators, on top of test/support/seededRandom.mjs. */
import { seededRandom } from '../support/seededRandom.mjs';

export interface Draw {
  /** A whole number in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

export function makeDraw(seed: number): Draw {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: (items) => items[int(items.length)] as (typeof items)[number] };
}

/** One mutation of a seed file: a name for the report and what it does to the bytes. */
export interface Mutation {
  name: string;
  /**
   * `stillWhole`: the mutant is as whole a file as the seed (a text cut right after a line
   * break is a shorter list, not damage), so its figures may honestly differ without a word.
   */
  apply(input: Buffer, draw: Draw): { data: Buffer; note: string; stillWhole?: boolean };
}
