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
  apply(input: Buffer, draw: Draw): { data: Buffer; note: string };
}
