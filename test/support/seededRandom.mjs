/**
 * A small deterministic generator (mulberry32), so every run draws the same data: shared
 * by the test file generators and the benchmarks, which are plain .mjs.
 * @param {number} seed
 * @returns {() => number} draws in [0, 1)
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
