import { describe, expect, it } from 'vitest';
import { PitoError } from '../errors';
import { createCustomerReader } from './customersReader';
import { excelSerialOf } from './customersLayout';

const where = { file: 'list.xlsx', sheet: 'Customers' };

describe('reading a Customers sheet row', () => {
  it('gives every field, dates as day numbers, numbers typed as text ids as their digits, blanks as null', () => {
    const read = createCustomerReader(where);
    const cells = [7, 12345, excelSerialOf(19_000), null, 3, 74.7, 9, '', 'retail'];
    expect(read(cells, 7)).toEqual({
      row: 7,
      id: '12345',
      start: 19_000,
      end: null,
      purchases: 3,
      revenue: 74.7,
      npsScore: 9,
      npsDate: null,
      segment: 'retail',
    });
  });

  it('takes the sheet row as the source row when that cell is blank', () => {
    const read = createCustomerReader(where);
    expect(read([null, 'C1', excelSerialOf(0)], 12)).toMatchObject({ row: 12, id: 'C1', start: 0, segment: null });
  });

  it('keeps a long id and a repeated segment whole', () => {
    const read = createCustomerReader(where);
    const chunk = `<c><is><t>customer.number.one@example.com</t></is></c>`;
    const id = chunk.slice(chunk.indexOf('customer'), chunk.indexOf('</t>'));
    const first = read([2, id, 1, null, null, null, null, null, 'a long segment name'], 2);
    const second = read([3, 'x', 1, null, null, null, null, null, 'a long segment name'], 3);
    expect(first.id).toBe('customer.number.one@example.com');
    expect([first.segment, second.segment]).toEqual(['a long segment name', 'a long segment name']);
  });

  it('names the file, sheet, row and column of text in a number column, the first such cell of the row', () => {
    const read = createCustomerReader(where);
    const failure = (() => {
      try {
        return read([2, 'C1', excelSerialOf(0), 'soon', 'many'], 2);
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(PitoError);
    expect(failure).toMatchObject({
      code: 'badFile',
      message: expect.stringContaining('list.xlsx: sheet "Customers", row 2, column "end"'),
    });
  });

  it('refuses a row without a start date', () => {
    const read = createCustomerReader(where);
    expect(() => read([5, 'C1', null], 5)).toThrow(/row 5, column "start": expected a start date/);
  });
});
