/**
 * The corpus's own promises: enough genuinely different wordings per field and language, no
 * wording under two fields, no distractor that reads as a field's wording, and plans that are
 * the same for the same seed. Without these the corpus could shrink or contradict itself unseen.
 */
import { describe, expect, it } from 'vitest';
import { planCase } from '../support/corpusFiles';
import { DISTRACTORS, FIELDS, HEADER_WORDINGS, MIN_WORDINGS, wordingKey, type Language } from '../support/headerCorpus';

const LANGUAGES: readonly Language[] = ['fi', 'en'];

describe('header corpus', () => {
  it.each(FIELDS.flatMap((field) => LANGUAGES.map((language) => [field, language] as const)))(
    '%s has enough different %s wordings',
    (field, language) => {
      const keys = HEADER_WORDINGS[field][language].map(wordingKey);
      expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
      expect(keys.length).toBeGreaterThanOrEqual(MIN_WORDINGS[field]);
    },
  );

  it.each(LANGUAGES)('no %s wording belongs to two fields or to a distractor', (language) => {
    const owners = new Map<string, string[]>();
    const own = (key: string, owner: string) => owners.set(key, [...(owners.get(key) ?? []), owner]);
    for (const field of FIELDS) for (const header of HEADER_WORDINGS[field][language]) own(wordingKey(header), field);
    for (const distractor of DISTRACTORS[language]) own(wordingKey(distractor.header), `distractor ${distractor.kind}`);
    expect([...owners].filter(([, list]) => list.length > 1)).toEqual([]);
  });

  it('plans the same file for the same seed, and another for another seed', () => {
    const strip = (index: number, seed: number) => JSON.stringify(planCase(index, seed));
    expect(strip(7, 1)).toBe(strip(7, 1));
    expect(strip(7, 1)).not.toBe(strip(7, 2));
  });
});
