/**
 * The screens every screenshot spec looks at: each UI language (chosen from the system locale,
 * as a new user's first start does) at the two window sizes the product is checked at.
 */
import { test } from '../harness/fixtures';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const LANGUAGES = [
  { language: 'en', systemLocale: 'en-GB' },
  { language: 'fi', systemLocale: 'fi-FI' },
] as const;

export interface Screen {
  language: (typeof LANGUAGES)[number]['language'];
  viewport: (typeof SIZES)[number];
  /** For file names: `en-1366x768`. */
  name: string;
}

/** One group of tests per language and size, each with its locale and window size set. */
export function forEachScreen(tests: (screen: Screen) => void): void {
  for (const { language, systemLocale } of LANGUAGES) {
    for (const viewport of SIZES) {
      test.describe(`${language} ${viewport.width}×${viewport.height}`, () => {
        test.use({ systemLocale, viewport });
        tests({ language, viewport, name: `${language}-${viewport.width}x${viewport.height}` });
      });
    }
  }
}
