import { describe, expect, it } from 'vitest';
import { headerWidth } from './headerWidth';

/** A font of 10 px per character, so the widths can be worked out by hand. */
const tenPerCharacter = (text: string) => text.length * 10;

describe('header widths', () => {
  it('fit the longest word of the header, so it wraps between words only', () => {
    // "Asiakaspitoaste": 15 characters, 150 px, and the cell's 44 px around it.
    expect(headerWidth('Asiakaspitoaste', 96, tenPerCharacter)).toBe(194);
    expect(headerWidth('Asiakkuuden kesto (v)', 96, tenPerCharacter)).toBe(154);
  });

  it('are never narrower than the column’s least width', () => {
    expect(headerWidth('NPS', 96, tenPerCharacter)).toBe(96);
  });

  it('are estimated where nothing measures text', () => {
    expect(headerWidth('Asiakaspitoaste', 96, null)).toBeGreaterThan(96);
  });
});
