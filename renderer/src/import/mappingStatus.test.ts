import { describe, expect, it } from 'vitest';
import type { ColumnMapping, ImportPreview } from '../../../shared/importModel';
import { asksDateOrder, confidenceOf, fieldMark, lacksEndDate } from './mappingStatus';

const mapping: ColumnMapping = {
  shape: 'customerList',
  columns: { customerId: 0, startDate: 1 },
  dateOrder: 'dayFirst',
};
const preview = {
  mapping,
  confidence: { customerId: 0.4, startDate: 0.9 },
  dateOrder: { order: 'dayFirst', basis: 'notNeeded', evidence: null },
} as unknown as ImportPreview;

describe('mapping status', () => {
  it('mark required fields left out and fields mapped with little confidence', () => {
    expect(fieldMark(mapping, preview.confidence, 'customerId')).toBe('uncertain');
    expect(fieldMark(mapping, preview.confidence, 'startDate')).toBeNull();
    expect(fieldMark({ ...mapping, columns: {} }, {}, 'startDate')).toBe('required');
    expect(fieldMark(mapping, {}, 'endDate')).toBeNull();
    const table: ColumnMapping = { shape: 'periodTable', columns: {}, dateOrder: 'dayFirst' };
    expect(fieldMark(table, {}, 'customersAtEnd')).toBe('required');
    expect(fieldMark(table, {}, 'promoters')).toBeNull();
  });

  it('count a column the user picked as sure', () => {
    expect(confidenceOf(preview, mapping, 'customerId')).toBe(0.4);
    expect(confidenceOf(preview, { ...mapping, columns: { customerId: 2 } }, 'customerId')).toBe(1);
    expect(confidenceOf(preview, { ...mapping, columns: { endDate: 2 } }, 'endDate')).toBe(1);
    expect(confidenceOf(preview, mapping, 'endDate')).toBeNull();
  });

  it('ask the date order when it matters or the user changed it, for a customer list', () => {
    expect(asksDateOrder(preview, mapping)).toBe(false);
    expect(asksDateOrder(preview, { ...mapping, dateOrder: 'monthFirst' })).toBe(true);
    const assumed = { ...preview, dateOrder: { ...preview.dateOrder, basis: 'assumed' } } as ImportPreview;
    expect(asksDateOrder(assumed, mapping)).toBe(true);
    expect(asksDateOrder(assumed, { shape: 'periodTable', columns: {}, dateOrder: 'dayFirst' })).toBe(false);
  });

  it('warn about a customer list with no end date', () => {
    expect(lacksEndDate(mapping)).toBe(true);
    expect(lacksEndDate({ ...mapping, columns: { endDate: 2 } })).toBe(false);
    expect(lacksEndDate({ shape: 'periodTable', columns: {}, dateOrder: 'dayFirst' })).toBe(false);
  });
});
