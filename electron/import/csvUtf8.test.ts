import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readsAsUtf8, Utf8Scan } from './csvUtf8';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('Utf8Scan', () => {
  it('counts characters and invalid sequences as TextDecoder reads them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const scan = new Utf8Scan();
        scan.feed(bytes);
        const decoded = new TextDecoder().decode(bytes, { stream: true });
        expect(scan.invalid).toBe([...decoded].filter((char) => char === '\uFFFD').length);
      }),
    );
    const scan = new Utf8Scan();
    expect(scan.feed(utf8('Päättymispäivä €'))).toBe(-1);
    expect([scan.valid, scan.invalid]).toEqual([5, 0]);
  });

  it('finds the first bad byte, also where a character is cut between chunks', () => {
    expect(new Utf8Scan().feed(Uint8Array.of(0x41, 0x42, 0xe4, 0x43), true)).toBe(2);
    expect(new Utf8Scan().feed(Uint8Array.of(0x41, 0xc3, 0xa4, 0xe2, 0x82, 0x41), true)).toBe(3);
    const cut = new Utf8Scan();
    expect(cut.feed(Uint8Array.of(0x41, 0xe2, 0x82), true)).toBe(-1);
    expect(cut.unfinished).toBe(true);
    expect(cut.feed(Uint8Array.of(0xac, 0x41), true)).toBe(-1); // "€" completed
    expect(cut.feed(Uint8Array.of(0xe2), true)).toBe(-1);
    expect(cut.feed(Uint8Array.of(0x41), true)).toBe(0); // began in the previous chunk
  });
});

describe('readsAsUtf8', () => {
  it('reads UTF-8 with a few bad bytes as UTF-8, and Windows-1252 text as not', () => {
    const header = utf8('Asiakasnumero;Aloituspäivä;Päättymispäivä\n1;1.1.2024;\n');
    expect(readsAsUtf8(Uint8Array.from([...header, ...latin1('2;Mäki;Hyvönen\n')]))).toBe(true);
    expect(readsAsUtf8(latin1('Asiakasnumero;Aloituspäivä;Päättymispäivä\n1;Mäki\n'))).toBe(false);
    expect(readsAsUtf8(latin1('Customer;Café\n'))).toBe(false); // nothing reads as UTF-8
    expect(readsAsUtf8(utf8('Customer;Start\n'))).toBe(true);
  });

  it('puts the line at 90 % invalid of the non-ASCII sequences', () => {
    const withBad = (valid: number, invalid: number) =>
      Uint8Array.from([...utf8('ä'.repeat(valid)), ...Array.from({ length: invalid }, () => [0xe4, 0x20]).flat()]);
    expect(readsAsUtf8(withBad(1, 9))).toBe(true);
    expect(readsAsUtf8(withBad(1, 10))).toBe(false);
    expect(readsAsUtf8(withBad(10, 90))).toBe(true);
  });
});
