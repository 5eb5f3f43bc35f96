import { describe, expect, it } from 'vitest';
import { sampleCustomers } from '../test/libreoffice/sampleDocuments';
import { createSession, heldList, holdList } from './session';

describe('the customer list a session holds', () => {
  it('answers for the document carrying its id, and for no other', () => {
    const session = createSession();
    const customers = sampleCustomers(3);
    const listId = holdList(session, customers, '/data/customers.csv');
    expect(heldList(session, listId)).toEqual({ id: listId, customers, sourcePath: '/data/customers.csv' });
    expect(heldList(session, 'another list')).toBeNull();
    expect(heldList(session, undefined)).toBeNull();
  });

  it('is replaced by the next list, so the earlier id no longer finds one', () => {
    const session = createSession();
    const earlier = holdList(session, sampleCustomers(2), '/data/a.csv');
    const later = holdList(session, sampleCustomers(4), '/data/b.csv');
    expect(later).not.toBe(earlier);
    expect(heldList(session, earlier)).toBeNull();
    expect(heldList(session, later)?.sourcePath).toBe('/data/b.csv');
  });

  it('holds none after a document without a list, and gives that document no id', () => {
    const session = createSession();
    const earlier = holdList(session, sampleCustomers(2), '/data/a.csv');
    expect(holdList(session, null, '/data/table.xlsx')).toBeUndefined();
    expect(session.importedList).toBeNull();
    expect(heldList(session, earlier)).toBeNull();
  });
});
