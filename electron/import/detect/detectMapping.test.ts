import { describe, expect, it } from 'vitest';
import { INPUT_FIELDS } from '../../../shared/document';
import { catalogs } from '../../../shared/i18n';
import type { CellValue, SheetRow } from '../../../shared/parse';
import { bestAssignment } from './assignment';
import { detectSheet, readsAsHeader } from './detectMapping';
import { headerTokens, readHeader } from './headerWords';

const rowsOf = (cells: CellValue[][]): SheetRow[] => cells.map((row, index) => ({ number: index + 1, cells: row }));

/** The detected column of each field, by header text, for a header row over the given data rows. */
function detect(headers: string[], data: CellValue[][] = [], delimiter: string | null = null) {
  const detection = detectSheet(rowsOf([headers, ...data]), { delimiter });
  const byHeader = Object.fromEntries(
    Object.entries(detection.mapping.columns).map(([field, column]) => [field, headers[column as number]]),
  );
  return { detection, byHeader };
}

describe('header words', () => {
  it('split camelCase, signs and units into words without diacritics', () => {
    expect(headerTokens('SignupTimestamp')).toEqual(['signup', 'timestamp']);
    expect(headerTokens('Cust #')).toEqual(['cust', 'nr']);
    expect(headerTokens('Myynti (€)')).toEqual(['myynti', 'eur']);
    expect(headerTokens('NPSScore')).toEqual(['nps', 'score']);
    expect(headerTokens('Päättymispäivä')).toEqual(['paattymispaiva']);
  });

  it.each([
    ['Asiakkuus lakannut', ['relation', 'leave']],
    ['Lopetuspvm', ['leave', 'date']],
    ['Eroamispäivä', ['leave', 'date']],
    ['Asiakkuuden alkamispäivä', ['relation', 'start', 'date']],
    ['Canceled At', ['leave']],
    ['Customers at start of period', ['customer', 'start', 'period']],
    ['NPS 9–10', ['nps', 'answers9to10']],
    ['Ostotiheys (krt/v)', ['order', 'frequency', 'count']],
    ['churned_on', ['leave']],
    ['Number of orders', ['numberOf', 'orders']],
    ['Purchases to date', ['orders', 'total']],
    ['Kuinka todennäköisesti suosittelisit meitä ystävällesi, 0–10?', ['nps', 'scale10']],
  ])('reads %j as its concepts', (header, concepts) => {
    expect([...readHeader(header).concepts].sort()).toEqual([...concepts].sort());
  });

  it('keeps short stems from matching inside other words', () => {
    expect(readHeader('Weekend spend').concepts.has('end')).toBe(false);
    expect(readHeader('Asiakkaat alussa').concepts.has('date')).toBe(false); // not "asiakka|at"
    expect(readHeader('Identity').concepts.has('id')).toBe(false);
    expect(readHeader('Numero').concepts.has('leave')).toBe(false); // not "num|ero"
  });

  it('knows the language of the words it read', () => {
    expect([...readHeader('Asiakkuus alkoi').languages]).toEqual(['fi']);
    expect([...readHeader('Client since').languages]).toEqual(['en']);
  });
});

describe('the best assignment', () => {
  it('gives each field its column so that the total is largest, one column per field', () => {
    // A greedy pick would give column 0 to field 0 and leave field 1 with nothing.
    expect(
      bestAssignment([
        [0.9, 0.8],
        [0.85, 0],
      ]),
    ).toEqual([1, 0]);
    expect(
      bestAssignment([
        [0, 0],
        [0.5, 0],
      ]),
    ).toEqual([-1, 0]);
    expect(bestAssignment([[0.4], [0.6], [0.5]])).toEqual([-1, 0, -1]);
  });
});

describe('detecting a customer list', () => {
  it('reads the wordings of the four files a new user tried', () => {
    expect(detect(['Asiakas', 'Asiakkuus alkanut', 'Loppupäivä', 'Ostot', 'Myynti €']).byHeader).toEqual({
      customerId: 'Asiakas',
      startDate: 'Asiakkuus alkanut',
      endDate: 'Loppupäivä',
      purchases: 'Ostot',
      revenue: 'Myynti €',
    });
    expect(detect(['Customer No.', 'Client Since', 'Churned On', 'Orders placed']).byHeader).toEqual({
      customerId: 'Customer No.',
      startDate: 'Client Since',
      endDate: 'Churned On',
      purchases: 'Orders placed',
    });
  });

  it('leaves out columns that only look like start or end dates', () => {
    const headers = ['Nimi', 'Asiakasnro', 'Rekisteröitymispvm', 'Viimeisin tilaus', 'Syntymäpäivä', 'Päivitetty'];
    const data = [['Ann', '1001', '1.2.2024', '5.3.2024', '1.1.1980', '6.3.2024']];
    const { byHeader, detection } = detect(headers, data);
    expect(byHeader).toEqual({ customerId: 'Asiakasnro', startDate: 'Rekisteröitymispvm' });
    expect(detection.profiles.map((profile) => profile.kind)).toEqual([
      'text',
      'count',
      'date',
      'date',
      'date',
      'date',
    ]);
  });

  it('does not take a column named like a date whose values are not dates', () => {
    const headers = ['Customer', 'Start date', 'Started', 'End date'];
    const data = [
      ['A', 'yes', '2024-01-05', ''],
      ['B', 'no', '2024-02-07', '2024-03-01'],
    ];
    expect(detect(headers, data).byHeader).toMatchObject({ startDate: 'Started', endDate: 'End date' });
  });

  it('takes a 0-10 column named as a score, not a 1-5 satisfaction rating', () => {
    const headers = ['id', 'Joined', 'Satisfaction (1-5)', 'Rating 0-10'];
    const data = Array.from({ length: 20 }, (_, i) => [String(i), '2024-01-01', (i % 5) + 1, i % 11]);
    expect(detect(headers, data).byHeader).toEqual({ customerId: 'id', startDate: 'Joined', npsScore: 'Rating 0-10' });
  });

  it('tells purchases from revenue by the values when the header says only "purchases"', () => {
    const data = [
      ['2024-01-01', 3, 12.5],
      ['2024-02-01', 1, 40.25],
    ];
    expect(detect(['Start', 'Ostot', 'Ostot yhteensä'], data).byHeader).toEqual({
      startDate: 'Start',
      purchases: 'Ostot',
      revenue: 'Ostot yhteensä',
    });
  });

  it('reads Pito own names in both languages with certainty', () => {
    for (const language of ['en', 'fi'] as const) {
      const names = catalogs[language];
      const headers = [
        names['workbook.customers.id'],
        names['workbook.customers.start'],
        names['workbook.customers.end'],
      ];
      const { detection } = detect(headers, [['A', '2.1.2024', '3.4.2024']]);
      expect(detection.confidence, language).toEqual({ customerId: 1, startDate: 1, endDate: 1 });
    }
  });

  it('finds the header under a title block, and not in a title cell naming two fields', () => {
    const rows = rowsOf([['Asiakasrekisteri 2024'], [], ['Asiakas', 'Alkupvm'], ['A1', '1.1.2024']]);
    const detection = detectSheet(rows, { delimiter: null });
    expect(detection).toMatchObject({ headerIndex: 2, headerFound: true });
    expect(readsAsHeader(['Asiakasrekisteri'])).toBe(false);
  });

  it('falls back to the first row with text, nothing mapped, when no header is recognised', () => {
    const detection = detectSheet(rowsOf([[], ['Kenttä 1', 'Kenttä 2'], ['A', '1.1.2024']]), { delimiter: null });
    expect(detection).toMatchObject({ headerIndex: 1, headerFound: false, headers: ['Kenttä 1', 'Kenttä 2'] });
    expect(detection.mapping.columns).toEqual({});
    expect(detection.profiles[1]?.kind).toBe('date');
  });

  it('searches only the first 20 rows for the header', () => {
    const rows = rowsOf([...Array.from({ length: 20 }, () => ['note', 'more']), ['Customer', 'Start date']]);
    expect(detectSheet(rows, { delimiter: null }).headerFound).toBe(false);
  });
});

describe('the date order', () => {
  const headers = ['Customer', 'Start date', 'End date'];

  it('is decided by a value only one order reads', () => {
    const us = detect(headers, [
      ['A', '01/02/2024', ''],
      ['B', '01/13/2024', '02/01/2024'],
    ]).detection;
    expect(us.dateOrder).toEqual({
      order: 'monthFirst',
      basis: 'values',
      evidence: { row: 3, column: 'Start date', value: '01/13/2024' },
    });
    expect(us.mapping.dateOrder).toBe('monthFirst');
    const uk = detect(headers, [['A', '13/01/2024', '']]).detection;
    expect(uk.dateOrder?.order).toBe('dayFirst');
  });

  it('names both values when the column is written both ways', () => {
    const mixed = detect(headers, [
      ['A', '13/01/2024', ''],
      ['B', '01/13/2024', ''],
    ]).detection;
    expect(mixed.dateOrder).toBeNull();
    expect(mixed.dateConflict).toEqual({
      dayFirst: { row: 2, column: 'Start date', value: '13/01/2024' },
      monthFirst: { row: 3, column: 'Start date', value: '01/13/2024' },
    });
  });

  it('follows the file when no value tells: a ; delimiter, decimal commas or Finnish headers mean day first', () => {
    const ambiguous = [['A', '01/02/2024', '']];
    expect(detect(headers, ambiguous, ';').detection.dateOrder?.basis).toBe('fileHints');
    expect(detect(['Asiakas', 'Aloituspäivä'], [['A', '01/02/2024']]).detection.dateOrder?.basis).toBe('fileHints');
    // Nothing tells: an English file is taken for a US one, month first, and the user is asked.
    expect(detect(headers, ambiguous, ',').detection.dateOrder).toEqual({
      order: 'monthFirst',
      basis: 'assumed',
      evidence: { row: 2, column: 'Start date', value: '01/02/2024' },
    });
  });

  it('takes the order in which customers end after they start, when no single value tells', () => {
    // Month first (assumed for English headers) starts A on 3 May and ends it on 4 February: day first it is.
    const detection = detect(headers, [
      ['A', '05/03/2024', '02/04/2024'],
      ['B', '01/02/2024', ''],
    ]).detection;
    expect(detection.dateOrder).toMatchObject({ order: 'dayFirst', basis: 'values', evidence: { row: 2 } });
  });

  it('is not asked about where no date is written with slashes or hyphens', () => {
    expect(detect(headers, [['A', '2024-01-02', '3.4.2024']]).detection.dateOrder?.basis).toBe('notNeeded');
  });
});

describe('detecting a period table', () => {
  it.each([
    ['Pysyneet asiakkaat', 3],
    ['Customers retained', 3],
    ['Säilyneet', 3],
    ['Retained %', undefined], // a rate, not a count of customers
    ['Retention rate', undefined],
  ])('reads %s as the customers kept: column %s', (header, column) => {
    const headers = ['Period', 'Customers at start', 'New customers', header, 'Customers at end'];
    const { detection } = detect(headers, [['2024-01', 100, 10, 90, 100]]);
    expect(detection.mapping.shape).toBe('periodTable');
    expect((detection.mapping.columns as Record<string, number>).customersRetained).toBe(column);
  });

  it('maps Pito own Periods sheet in either language, inputs only', () => {
    for (const language of ['en', 'fi'] as const) {
      const name = (key: string) => catalogs[language][`metric.${key}.name` as keyof (typeof catalogs)['en']];
      const headers = [
        name('label'),
        ...INPUT_FIELDS.map((field) => name(field)),
        name('lostCustomers'),
        name('retentionRate'),
        name('churnRate'),
        name('nps'),
      ];
      const { detection } = detect(headers, [['2024-01', 107, 21, 120, 95, 10, 2, 3, 25, 5, 3, 2, 8, 92.5, 7.5, 10]]);
      expect(detection.mapping.shape, language).toBe('periodTable');
      expect(Object.values(detection.mapping.columns), language).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    }
  });

  it('reads other wordings of S, N and E', () => {
    const { byHeader, detection } = detect(
      ['Kuukausi', 'Asiakkaita kauden alussa', 'Uusia asiakkaita', 'Asiakasmäärä lopussa', 'Menetetyt asiakkaat'],
      [['2024-01', 107, 21, 120, 8]],
    );
    expect(detection.mapping.shape).toBe('periodTable');
    expect(byHeader).toEqual({
      period: 'Kuukausi',
      customersAtStart: 'Asiakkaita kauden alussa',
      newCustomers: 'Uusia asiakkaita',
      customersAtEnd: 'Asiakasmäärä lopussa',
    });
  });
});
