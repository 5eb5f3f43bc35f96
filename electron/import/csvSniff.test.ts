import { describe, expect, it } from 'vitest';
import { detectEncoding, sniffDelimiter } from './csvSniff';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffDelimiter', () => {
  it('reads the delimiter of the header row', () => {
    expect(sniffDelimiter('Asiakasnumero;Aloituspäivä;Liikevaihto\n1;1.2.2024;12,50\n')).toBe(';');
    expect(sniffDelimiter('Customer ID,Start date,Revenue\n1,2024-02-01,12.50\n')).toBe(',');
    expect(sniffDelimiter('Customer ID\tStart date\n1\t2024-02-01\n')).toBe('\t');
  });

  it('honours quotes around a header holding another delimiter', () => {
    expect(sniffDelimiter('"Customer; ID",Start date,"Revenue, €"\n1,2024-02-01,"12,50"\n')).toBe(',');
  });

  it('finds the header below a title line and despite decimal commas in the data', () => {
    expect(sniffDelimiter('Raportti\n\nAsiakas;Alkupäivä;Myynti\n1;1.1.2024;1,5\n2;2.1.2024;2,5\n')).toBe(';');
  });

  it('reads a sample cut inside an open quote or a field longer than a cell without an error', () => {
    expect(sniffDelimiter('Customer ID;Start date\n1;"2024-02-01\nand on')).toBe(';');
    expect(sniffDelimiter(`Customer ID,Start date\n1,${'x'.repeat(40_000)}`)).toBe(',');
  });

  it('falls back to the delimiter that splits most when no header is recognisable', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
  });
});

describe('detectEncoding', () => {
  it('knows BOMs, UTF-8 and Windows-1252', () => {
    expect(detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(Uint8Array.of(0xff, 0xfe, 0x41, 0))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(bytes('Päivä;x\n'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(detectEncoding(Uint8Array.of(0x50, 0xe4, 0x69, 0x76, 0xe4))).toEqual({
      encoding: 'windows-1252',
      bomLength: 0,
    });
  });

  it('reads UTF-8 with a few bad bytes as UTF-8, and text that is not UTF-8 at all as Windows-1252', () => {
    const head = bytes('Asiakasnumero;Aloituspäivä;Päättymispäivä\n1;1.1.2024;\n');
    const damaged = Uint8Array.from([...head, ...Buffer.from('2;Mäki\n', 'latin1')]);
    expect(detectEncoding(damaged)).toEqual({ encoding: 'utf-8', bomLength: 0 });
    const cp1252 = Uint8Array.from(Buffer.from('Asiakasnumero;Aloituspäivä;Päättymispäivä\n1;Mäki\n', 'latin1'));
    expect(detectEncoding(cp1252)).toEqual({ encoding: 'windows-1252', bomLength: 0 });
  });

  it('refuses binary bytes', () => {
    expect(detectEncoding(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x01))).toBeNull();
    expect(detectEncoding(Uint8Array.from({ length: 200 }, (_, i) => (i * 7) % 31))).toBeNull();
  });
});
