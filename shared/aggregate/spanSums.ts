/**
 * Per-period totals of values that each hold over a span of periods, by a difference
 * array: adding a span costs two writes whatever its length, and one running sum at the
 * end gives every period's total. This keeps the aggregation O(customers + periods).
 */
export class SpanSums {
  private readonly diff: Float64Array;

  constructor(private readonly periodCount: number) {
    this.diff = new Float64Array(periodCount + 1);
  }

  /** Adds `value` to the periods at offsets from..toExclusive − 1 (0 ≤ from ≤ toExclusive ≤ periodCount). */
  add(from: number, toExclusive: number, value: number): void {
    this.diff[from]! += value;
    this.diff[toExclusive]! -= value;
  }

  totals(): Float64Array {
    const totals = new Float64Array(this.periodCount);
    let running = 0;
    for (let p = 0; p < this.periodCount; p++) {
      running += this.diff[p]!;
      totals[p] = running;
    }
    return totals;
  }
}
