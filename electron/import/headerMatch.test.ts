import { describe, expect, it } from 'vitest';
import { catalogs } from '../../shared/i18n';
import { INPUT_FIELDS } from '../../shared/document';
import { findHeaderRow, mapHeaderRow, normalizeHeader } from './headerMatch';

describe('normalizeHeader', () => {
  it('ignores case, spaces, punctuation and diacritics', () => {
    expect(normalizeHeader('Asiakkuus päättyi')).toBe('asiakkuuspaattyi');
    expect(normalizeHeader(' Customer_ID ')).toBe('customerid');
    expect(normalizeHeader('NPS-pisteet')).toBe('npspisteet');
  });
});

describe('mapHeaderRow', () => {
  it('maps a Finnish customer list', () => {
    const mapping = mapHeaderRow([
      'Asiakasnumero',
      'Aloituspäivä',
      'Päättymispäivä',
      'Ostokerrat',
      'Liikevaihto (€)',
      'Suositteluhalukkuus',
      'NPS päivä',
      'Segmentti',
    ]);
    expect(mapping).toEqual({
      shape: 'customerList',
      columns: {
        customerId: 0,
        startDate: 1,
        endDate: 2,
        purchases: 3,
        revenue: 4,
        npsScore: 5,
        npsDate: 6,
        segment: 7,
      },
    });
  });

  it.each([
    [
      ['Customer ID', 'Signup date', 'Churn date', 'Orders', 'Revenue', 'NPS'],
      [0, 1, 2, 3, 4, 5],
    ],
    [
      ['customer_id', 'START DATE', 'Cancelled', 'purchases', 'Sales', 'nps score'],
      [0, 1, 2, 3, 4, 5],
    ],
    [
      ['Asiakas ID', 'Asiakkuus alkoi', 'Asiakkuus päättyi', 'Tilaukset', 'Myynti', 'NPS-pisteet'],
      [0, 1, 2, 3, 4, 5],
    ],
    [
      ['ID', 'Liittymispäivä', 'Irtisanottu', 'Ostot', 'Myynti', 'NPS'],
      [0, 1, 2, 3, 4, 5],
    ],
  ])('maps %j', (headers, columns) => {
    const mapping = mapHeaderRow(headers);
    expect(mapping?.shape).toBe('customerList');
    const fields = ['customerId', 'startDate', 'endDate', 'purchases', 'revenue', 'npsScore'];
    expect(fields.map((field) => (mapping?.columns as Record<string, number>)[field])).toEqual(columns);
  });

  it('maps a period table in either language, with CLV and NPS inputs', () => {
    const english = mapHeaderRow(['Period', 'Customers at start', 'New customers', 'Customers at end', 'Margin %']);
    expect(english).toEqual({
      shape: 'periodTable',
      columns: { period: 0, customersAtStart: 1, newCustomers: 2, customersAtEnd: 3, profitMarginPct: 4 },
    });
    const finnish = mapHeaderRow([
      'Kuukausi',
      'Asiakkaat alussa',
      'Uudet asiakkaat',
      'Asiakkaat lopussa',
      'Keskiostos (€)',
      'Ostokerrat vuodessa',
      'Asiakkuuden kesto (v)',
      'Kate %',
      'Suosittelijat',
      'Passiiviset',
      'Arvostelijat',
    ]);
    expect(finnish?.shape).toBe('periodTable');
    expect(Object.keys(finnish?.columns ?? {})).toHaveLength(11);
  });

  it("reads Pito's own exported headers, with derived columns left unmapped", () => {
    for (const language of ['en', 'fi'] as const) {
      const name = (field: string) => catalogs[language][`metric.${field}.name` as keyof (typeof catalogs)['en']];
      const headers = [
        name('label'),
        ...INPUT_FIELDS.map(name),
        name('lostCustomers'),
        name('retentionRate'),
        name('nps'),
      ];
      const mapping = mapHeaderRow(headers);
      expect(mapping?.shape, language).toBe('periodTable');
      expect(Object.values(mapping?.columns ?? {}), language).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });

  it('refuses a row that is no header', () => {
    expect(mapHeaderRow(['Customer ID', 'Name', 'City'])).toBeNull();
    expect(mapHeaderRow(['Period', 'Customers at start'])).toBeNull();
    expect(mapHeaderRow([])).toBeNull();
  });
});

describe('findHeaderRow', () => {
  it('finds the header under a title block', () => {
    const rows = [['Asiakasrekisteri 2024'], [], ['Asiakas', 'Alkupäivä'], ['A1', '1.1.2024']];
    expect(findHeaderRow(rows)).toEqual({
      index: 2,
      mapping: { shape: 'customerList', columns: { customerId: 0, startDate: 1 } },
    });
  });

  it('searches only the first 20 rows', () => {
    const rows = [...Array.from({ length: 20 }, () => ['note']), ['Customer', 'Start date']];
    expect(findHeaderRow(rows)).toBeNull();
  });
});
