import { describe, expect, it } from 'vitest';
import { parseClipboardTable } from './clipboardTable';

describe('clipboard table', () => {
  it('reads a block copied from Excel with its trailing line break', () => {
    expect(parseClipboardTable('107\t21\t120\r\n150\t50\t193\r\n')).toEqual([
      ['107', '21', '120'],
      ['150', '50', '193'],
    ]);
  });

  it('reads LibreOffice line breaks and a single cell without any', () => {
    expect(parseClipboardTable('1\t2\n3\t4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseClipboardTable('42')).toEqual([['42']]);
  });

  it('keeps empty cells, also at the ends of a row', () => {
    expect(parseClipboardTable('\t5\t\n')).toEqual([['', '5', '']]);
    expect(parseClipboardTable('1\n\n2\n')).toEqual([['1'], [''], ['2']]);
  });

  it('unwraps quoted cells holding tabs, line breaks and doubled quotes', () => {
    expect(parseClipboardTable('"a\tb"\t"line\nbreak"\t"say ""hi"""\n')).toEqual([['a\tb', 'line\nbreak', 'say "hi"']]);
  });

  it('leaves a quote that does not wrap the whole cell as it is', () => {
    expect(parseClipboardTable('"5" inch\t2\n')).toEqual([['"5" inch', '2']]);
  });

  it('reads nothing from an empty clipboard', () => {
    expect(parseClipboardTable('')).toEqual([]);
  });
});
