import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_FORMAT_VERSION,
  createEmptyDocument,
  emptyInputs,
  type PeriodRow,
  type PitoDocument,
} from '../../shared/document';
import type { ChannelName, RequestOf } from '../../shared/ipc/contract';
import { MAX_PERIODS, MAX_TEXT_LENGTH } from './documentSchema';
import { requestSchemas } from './schemas';

function row(label: string): PeriodRow {
  return {
    id: `row-${label}`,
    label,
    firstDay: '2024-01-01',
    lastDay: '2024-01-31',
    aggregated: false,
    ...emptyInputs(),
  };
}

function documentWith(periods: PeriodRow[]): PitoDocument {
  return {
    ...createEmptyDocument(),
    periods,
    cohorts: {
      periodKind: 'month',
      rows: [{ label: '2024-01', size: 2, activeAtEnd: [2, 1], retainedPct: [100, 50] }],
    },
    listStats: { customers: 2, repeatPurchaseRate: null },
    source: 'customerList',
  };
}

/** One well-formed request per channel; the type makes the table list every channel. */
const validRequests: { [C in ChannelName]: RequestOf<C> } = {
  'import:chooseFile': {},
  'import:droppedFile': { path: '/home/user/customers.xlsx' },
  'import:preview': { fileId: 'f1', sheet: null },
  'import:run': {
    fileId: 'f1',
    jobId: 'j1',
    sheet: 'Sheet1',
    mapping: { shape: 'customerList', columns: { customerId: 0, startDate: 1 }, dateOrder: 'dayFirst' as const },
    periodKind: 'quarter',
  },
  'import:cancel': { jobId: 'j1' },
  'import:reaggregate': { listId: 'list-1', periodKind: 'year' },
  'import:listRange': { listId: 'list-1', firstDay: '2024-01-01', lastDay: '2024-12-31' },
  'import:example': { language: 'fi', periodKind: 'month' },
  'document:open': {},
  'document:save': { document: { ...documentWith([row('2024-01')]), listId: 'list-1' }, saveAs: false },
  'document:setDirty': { dirty: true },
  'recovery:write': { document: createEmptyDocument() },
  'recovery:check': {},
  'recovery:discard': {},
  'app:info': {},
  'app:openExternal': { url: 'https://example.com/' },
  'app:setLanguage': { language: 'fi' },
};

function issuesOf<C extends ChannelName>(channel: C, request: unknown): string[] {
  const result = requestSchemas[channel].safeParse(request);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('request schemas', () => {
  it.each(Object.entries(validRequests))('accept a well-formed %s request', (channel, request) => {
    expect(issuesOf(channel as ChannelName, request)).toEqual([]);
  });

  it.each([null, undefined, 'text', 42, []])('refuse %j as the request of a channel without arguments', (request) => {
    expect(issuesOf('app:info', request)).not.toEqual([]);
  });

  it('refuse extra keys on a request', () => {
    expect(issuesOf('app:info', { command: 'rm -rf /' })).toEqual([': Unrecognized key: "command"']);
  });

  it('refuse a relative or made-up dropped path', () => {
    expect(issuesOf('import:droppedFile', { path: '../../etc/passwd' })).toEqual([
      'path: Expected an absolute path from the operating system.',
    ]);
  });

  it('refuse NaN, Infinity and strings where a figure belongs, naming the field', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '12']) {
      const document = documentWith([row('2024-01'), { ...row('2024-02'), customersAtEnd: bad as number }]);
      const issues = issuesOf('document:save', { document, saveAs: true });
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatch(/^document\.periods\.1\.customersAtEnd: /);
    }
  });

  it('refuse more periods than the bound', () => {
    const periods = Array.from({ length: MAX_PERIODS + 1 }, (_, index) => row(String(index)));
    expect(issuesOf('recovery:write', { document: documentWith(periods) })).toEqual([
      `document.periods: Too big: expected array to have <=${MAX_PERIODS} items`,
    ]);
  });

  it('accept the largest document the limits allow and refuse a label one character longer', () => {
    const periods = Array.from({ length: MAX_PERIODS }, (_, index) => row(String(index)));
    periods[0] = { ...row('0'), label: 'x'.repeat(MAX_TEXT_LENGTH) };
    expect(issuesOf('document:save', { document: documentWith(periods), saveAs: false })).toEqual([]);
    periods[0] = { ...row('0'), label: 'x'.repeat(MAX_TEXT_LENGTH + 1) };
    expect(issuesOf('document:save', { document: documentWith(periods), saveAs: false })).toEqual([
      `document.periods.0.label: Too big: expected string to have <=${MAX_TEXT_LENGTH} characters`,
    ]);
  });

  it('refuse a document of another format version or with a bad currency', () => {
    const document = { ...createEmptyDocument(), formatVersion: DOCUMENT_FORMAT_VERSION + 1 };
    expect(issuesOf('recovery:write', { document })[0]).toMatch(/^document\.formatVersion: /);
    const settings = { ...createEmptyDocument().settings, currency: 'euro' };
    expect(issuesOf('recovery:write', { document: { ...createEmptyDocument(), settings } })).toEqual([
      'document.settings.currency: Expected an ISO 4217 currency code such as EUR.',
    ]);
  });

  it('drop keys a document row does not define, keeping the rest', () => {
    const withExtra = { ...row('2024-01'), retentionRate: 80 };
    const result = requestSchemas['recovery:write'].parse({ document: documentWith([withExtra]) });
    expect(result.document.periods[0]).toEqual(row('2024-01'));
  });

  it("keep the document's list id, by which Save finds the customers to write", () => {
    const result = requestSchemas['document:save'].parse(validRequests['document:save']);
    expect(result.document.listId).toBe('list-1');
  });

  it('refuse a column mapping that names an unknown field or a negative column', () => {
    const base = validRequests['import:run'];
    expect(
      issuesOf('import:run', {
        ...base,
        mapping: { shape: 'customerList', columns: { password: 1 }, dateOrder: 'dayFirst' as const },
      }),
    ).toEqual(['mapping.columns: Unrecognized key: "password"']);
    expect(
      issuesOf('import:run', {
        ...base,
        mapping: { shape: 'periodTable', columns: { period: -1 }, dateOrder: 'dayFirst' as const },
      }),
    ).toEqual(['mapping.columns.period: Too small: expected number to be >=0']);
  });

  it('refuse an unknown language or period kind', () => {
    expect(issuesOf('app:setLanguage', { language: 'sv' })).toHaveLength(1);
    expect(issuesOf('import:reaggregate', { listId: 'list-1', periodKind: 'week' })).toHaveLength(1);
    expect(issuesOf('import:example', { language: 'sv', periodKind: 'month' })).toHaveLength(1);
    expect(issuesOf('import:example', { language: 'en', periodKind: 'week' })).toHaveLength(1);
  });

  it('refuse a regroup that names no customer list', () => {
    expect(issuesOf('import:reaggregate', { periodKind: 'year' })).toHaveLength(1);
    expect(issuesOf('import:reaggregate', { listId: '', periodKind: 'year' })).toHaveLength(1);
  });

  it('refuses a list range whose days are not calendar days, or run backwards', () => {
    const range = (firstDay: string, lastDay: string) => ({ listId: 'list-1', firstDay, lastDay });
    expect(issuesOf('import:listRange', range('2024-02-30', '2024-12-31'))).toHaveLength(1);
    expect(issuesOf('import:listRange', range('1.1.2024', '2024-12-31'))).toHaveLength(1);
    expect(issuesOf('import:listRange', range('2024-12-31', '2024-01-01'))).toHaveLength(1);
    expect(issuesOf('import:listRange', range('2024-01-01', '2024-01-01'))).toEqual([]);
  });
});
