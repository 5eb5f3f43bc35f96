import { describe, expect, it } from 'vitest';
import { OFFER_LIFETIME_MS, createPendingFile } from './pendingFile';

describe('createPendingFile', () => {
  it('hands an offered path to the next dialog of its kind, once', () => {
    const pending = createPendingFile(() => 1000);
    pending.offer({ path: '/a.xlsx', kind: 'workbook' });
    expect(pending.take('workbook')).toBe('/a.xlsx');
    expect(pending.take('workbook')).toBeNull();
  });

  it('drops an offer a dialog of the other kind meets', () => {
    const pending = createPendingFile(() => 1000);
    pending.offer({ path: '/a.csv', kind: 'import' });
    expect(pending.take('workbook')).toBeNull();
    expect(pending.take('import')).toBeNull();
  });

  it('lets an offer expire', () => {
    let time = 1000;
    const pending = createPendingFile(() => time);
    pending.offer({ path: '/a.csv', kind: 'import' });
    time += OFFER_LIFETIME_MS + 1;
    expect(pending.take('import')).toBeNull();
  });

  it('keeps only the latest offer', () => {
    const pending = createPendingFile(() => 0);
    pending.offer({ path: '/a.csv', kind: 'import' });
    pending.offer({ path: '/b.csv', kind: 'import' });
    expect(pending.take('import')).toBe('/b.csv');
  });
});
