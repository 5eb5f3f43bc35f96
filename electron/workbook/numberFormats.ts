/** Excel number formats of the workbook's figures, from each figure's unit and decimals; the document's currency picks the currency format. */
import type { FigureUnit } from '../../shared/figures/figureTypes';

const PREFIX_SYMBOLS: Record<string, string> = { USD: '$', GBP: '£', JPY: '¥', CNY: '¥' };
const SUFFIX_SYMBOLS: Record<string, string> = { EUR: '€', SEK: 'kr', NOK: 'kr', DKK: 'kr', CHF: 'CHF', PLN: 'zł' };

/** `.00` for two decimals, nothing for none. */
const decimalsOf = (decimals: number) => (decimals > 0 ? `.${'0'.repeat(decimals)}` : '');

/** `#,##0.00 "€"` for EUR, `"$"#,##0.00` for USD, the ISO code itself for others. */
export function currencyFormat(currency: string, decimals = 2): string {
  const code = currency.replace(/"/g, '');
  const number = `#,##0${decimalsOf(decimals)}`;
  const prefix = PREFIX_SYMBOLS[code];
  if (prefix) return `"${prefix}"${number}`;
  return `${number} "${SUFFIX_SYMBOLS[code] ?? code}"`;
}

export const DATE_FORMAT = 'yyyy-mm-dd';

/** The number format of a figure; undefined for text (the period label). */
export function numberFormatOf(
  figure: { unit: FigureUnit | null; decimals: number },
  currency: string,
): string | undefined {
  const decimals = decimalsOf(figure.decimals);
  switch (figure.unit) {
    case null:
      return undefined;
    case 'count':
    case 'decimal':
      return `#,##0${decimals}`;
    case 'currency':
      return currencyFormat(currency, figure.decimals);
    case 'percent':
      return `0${decimals}%`;
    case 'score':
    case 'margin':
      return `0${decimals}`;
  }
}
