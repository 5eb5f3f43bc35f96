import { describe, expect, it } from 'vitest';
import { MAX_AGGREGATED_PERIODS, MAX_PERIODS, MAX_QUOTED_LENGTH } from './limits';
import { quoteValue, truncateText } from './quote';

describe('limits', () => {
  it('let every list the aggregation accepts be saved', () => {
    expect(MAX_AGGREGATED_PERIODS).toBeLessThanOrEqual(MAX_PERIODS);
  });
});

describe('quoteValue', () => {
  it('keeps a short value as it is', () => {
    expect(quoteValue('2024-01')).toBe('2024-01');
    expect(quoteValue('x'.repeat(MAX_QUOTED_LENGTH))).toBe('x'.repeat(MAX_QUOTED_LENGTH));
  });

  it('cuts a 10 MB value to its first characters and "…"', () => {
    const quoted = quoteValue('a'.repeat(10 * 1024 * 1024));
    expect(quoted).toHaveLength(MAX_QUOTED_LENGTH);
    expect(quoted).toBe(`${'a'.repeat(MAX_QUOTED_LENGTH - 1)}…`);
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(8)}😀😀`;
    expect(truncateText(text, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(truncateText(text, 11)).toBe(`${'a'.repeat(8)}😀…`);
  });
});
