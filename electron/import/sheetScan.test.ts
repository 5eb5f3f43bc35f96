import { describe, expect, it } from 'vitest';
import { SheetScanner } from './sheetScan';

function scan(chunks: string[]): SheetScanner {
  const scanner = new SheetScanner();
  for (const chunk of chunks) scanner.push(Buffer.from(chunk, 'latin1'));
  return scanner;
}

describe('SheetScanner', () => {
  it('counts rows once, also when a tag is split between chunks', () => {
    expect(scan(['<row r="1"><c r="A1"/></row><ro', 'w r="2"></row><row>', '</row>']).rowCount).toBe(3);
  });

  it('accepts the last row and column Excel has', () => {
    expect(scan(['<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>']).outOfRange).toBeNull();
  });

  it('finds references beyond the limits, also split between chunks', () => {
    expect(scan(['<row r="2"><c r="XF', 'E2"/></row>']).outOfRange).toBe('cell XFE2');
    expect(scan(['<row r="10485770">']).outOfRange).toBe('row 10485770');
    expect(scan(['<c r="AAAA1"/>']).outOfRange).toBe('cell AAAA1');
  });
});
