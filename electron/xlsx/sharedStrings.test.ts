import { describe, expect, it } from 'vitest';
import { TruncatedPartError } from './errors';
import { SharedStringsParser } from './sharedStrings';

const PART = 'xl/sharedStrings.xml';
const table = (items: string, prefix = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">${items}</${prefix}sst>`;

function parse(xml: string, chunkSize = xml.length): string[] {
  const parser = new SharedStringsParser(PART);
  for (let at = 0; at < xml.length; at += chunkSize) parser.push(xml.slice(at, at + chunkSize));
  return parser.end();
}

describe('SharedStringsParser', () => {
  const xml = table(
    '<si><t>plain</t></si>' +
      '<si><r><rPr><b/><sz val="11"/></rPr><t>rich</t></r><r><t xml:space="preserve"> text </t></r></si>' +
      '<si><t xml:space="preserve">  spaced  </t></si>' +
      '<si><t>A &amp; B &lt;c&gt; &#8364;&#x1F600; &quot;&apos;</t></si>' +
      '<si><t>cr_x000D_lf_x000A_ _x005F_x0041_</t></si>' +
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si/><si><t/></si><si><t>ä</t></si>',
  );
  const expected = ['plain', 'rich text ', '  spaced  ', 'A & B <c> €😀 "\'', 'cr\rlf\n _x0041_', '漢字', '', '', 'ä'];

  it('reads plain and rich-text items, spaces, references, escapes, and leaves phonetic guides out', () => {
    expect(parse(xml)).toEqual(expected);
  });

  it('reads the same items whatever the chunk size, down to one character', () => {
    for (const size of [1, 2, 5, 13]) expect(parse(xml, size)).toEqual(expected);
  });

  it('reads a table whose elements carry a namespace prefix', () => {
    expect(parse(table('<x:si><x:t>one</x:t></x:si>', 'x:').replace('xmlns=', 'xmlns:x='), 3)).toEqual(['one']);
  });

  it('detects a table cut short', () => {
    for (const cut of [20, xml.indexOf('rich'), xml.length - 3]) {
      expect(() => parse(xml.slice(0, cut), 7)).toThrow(TruncatedPartError);
    }
  });
});
