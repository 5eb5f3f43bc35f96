import { describe, expect, it } from 'vitest';
import { emptyInputs, type PeriodInputs } from './document';
import { checkRow } from './rowChecks';

function codes(values: Partial<PeriodInputs>): string[] {
  return checkRow({ ...emptyInputs(), ...values }).map((check) => check.code);
}

describe('row checks', () => {
  it('passes a consistent row', () => {
    expect(codes({ customersAtStart: 107, newCustomers: 21, customersAtEnd: 120 })).toEqual([]);
  });

  it('flags negative and fractional counts with their field', () => {
    const checks = checkRow({ ...emptyInputs(), customersAtStart: -3, promoters: 2.5 });
    expect(checks).toEqual([
      { code: 'negativeCount', field: 'customersAtStart' },
      { code: 'fractionalCount', field: 'promoters' },
    ]);
  });

  it('flags more customers retained than there were (E − N > S)', () => {
    expect(codes({ customersAtStart: 10, newCustomers: 0, customersAtEnd: 11 })).toEqual(['retainedExceedsStart']);
  });

  it('flags more new customers than customers at the end (E − N < 0)', () => {
    expect(codes({ customersAtStart: 10, newCustomers: 8, customersAtEnd: 5 })).toEqual(['negativeRetained']);
  });

  it('flags customers retained from nobody (S = 0, E − N > 0)', () => {
    expect(codes({ customersAtStart: 0, newCustomers: 2, customersAtEnd: 3 })).toEqual(['retainedWithoutStart']);
  });

  it('does not check what is missing', () => {
    expect(codes({ customersAtStart: 10, customersAtEnd: 50 })).toEqual([]);
  });

  it('leaves a row aggregated from a customer list unchecked: new customers lost within the period make E − N < 0', () => {
    const firstMonth = { ...emptyInputs(), customersAtStart: 0, newCustomers: 5, customersAtEnd: 3 };
    expect(checkRow({ ...firstMonth, aggregated: true })).toEqual([]);
    expect(checkRow({ ...firstMonth, aggregated: false })).toEqual([{ code: 'negativeRetained' }]);
  });
});
