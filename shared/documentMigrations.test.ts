import { describe, expect, it } from 'vitest';
import { DOCUMENT_FORMAT_VERSION } from './document';
import {
  DOCUMENT_MIGRATIONS,
  FIRST_FORMAT_VERSION,
  migrateDocument,
  versionProblem,
  type MigrationChain,
} from './documentMigrations';

/**
 * A chain of two made-up steps, as versions 2 and 3 might be: version 2 adds an input to
 * every period, version 3 renames a setting. Test-local: no such version ships.
 */
const TWO_STEPS: MigrationChain = {
  current: 3,
  steps: [
    {
      from: 2,
      migrate: ({ settings, ...rest }) => {
        const { currency, ...others } = settings as Record<string, unknown>;
        return { ...rest, settings: { ...others, currencyCode: currency } };
      },
    },
    {
      from: 1,
      migrate: (document) => ({
        ...document,
        periods: (document.periods as object[]).map((row) => ({ ...row, revenue: null })),
      }),
    },
  ],
};

const VERSION_1 = { settings: { currency: 'EUR' }, periods: [{ label: '2024-01' }] };

describe('the migration chain', () => {
  it('runs every step from the stored version up to the current one, in order, whatever order they are listed in', () => {
    expect(migrateDocument(VERSION_1, 1, TWO_STEPS)).toEqual({
      ok: true,
      document: {
        formatVersion: 3,
        settings: { currencyCode: 'EUR' },
        periods: [{ label: '2024-01', revenue: null }],
      },
    });
  });

  it('starts from the stored version: a document of version 2 takes only the last step', () => {
    const version2 = { settings: { currency: 'SEK' }, periods: [] };
    expect(migrateDocument(version2, 2, TWO_STEPS)).toEqual({
      ok: true,
      document: { formatVersion: 3, settings: { currencyCode: 'SEK' }, periods: [] },
    });
  });

  it('leaves a document of the current version as it is', () => {
    expect(migrateDocument(VERSION_1, 3, TWO_STEPS)).toEqual({
      ok: true,
      document: { ...VERSION_1, formatVersion: 3 },
    });
  });

  it.each([[4], [99]])('refuses version %j, newer than this code', (version) => {
    expect(migrateDocument(VERSION_1, version, TWO_STEPS)).toEqual({ ok: false, problem: 'newerVersion' });
  });

  it.each([[0], [-1], [1.5], ['1'], [null], [undefined], [Number.NaN]])(
    'refuses %j, which is no format version',
    (version) => {
      expect(migrateDocument(VERSION_1, version, TWO_STEPS)).toEqual({ ok: false, problem: 'notAVersion' });
      expect(versionProblem(version, TWO_STEPS)).toBe('notAVersion');
    },
  );

  it('fails as a bug, not as a bad file, when a step is missing', () => {
    const gap: MigrationChain = { current: 3, steps: TWO_STEPS.steps.filter((step) => step.from !== 2) };
    expect(() => migrateDocument(VERSION_1, 1, gap)).toThrow('No migration from document format version 2.');
  });

  it('ships a step for every version before the current one', () => {
    expect(DOCUMENT_MIGRATIONS.current).toBe(DOCUMENT_FORMAT_VERSION);
    const froms = DOCUMENT_MIGRATIONS.steps.map((step) => step.from).sort((a, b) => a - b);
    const versions = DOCUMENT_FORMAT_VERSION - FIRST_FORMAT_VERSION;
    expect(froms).toEqual(Array.from({ length: versions }, (_, offset) => FIRST_FORMAT_VERSION + offset));
    for (let version = FIRST_FORMAT_VERSION; version <= DOCUMENT_FORMAT_VERSION; version++) {
      expect(migrateDocument({ periods: [] }, version)).toMatchObject({
        ok: true,
        document: { formatVersion: DOCUMENT_FORMAT_VERSION },
      });
    }
  });

  it('gives every period of a version 1 document an unknown count of customers kept, not known to be the list’s', () => {
    const stored = { settings: {}, periods: [{ label: '2024-01', customersAtStart: 5 }, { label: '2024-02' }] };
    const toVersion2 = { current: 2, steps: DOCUMENT_MIGRATIONS.steps };
    expect(migrateDocument(stored, 1, toVersion2)).toEqual({
      ok: true,
      document: {
        formatVersion: 2,
        settings: {},
        periods: [
          { label: '2024-01', customersAtStart: 5, customersRetained: null, aggregated: false },
          { label: '2024-02', customersRetained: null, aggregated: false },
        ],
      },
    });
  });

  it('gives a version 2 document the default summary range, keeping its other settings', () => {
    const stored = { settings: { periodKind: 'quarter', language: 'fi' }, periods: [] };
    expect(migrateDocument(stored, 2, { current: 3, steps: DOCUMENT_MIGRATIONS.steps })).toEqual({
      ok: true,
      document: {
        formatVersion: 3,
        settings: { periodKind: 'quarter', language: 'fi', range: { preset: 'trailingTwelveMonths' } },
        periods: [],
      },
    });
  });
});
