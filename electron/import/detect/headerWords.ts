/**
 * A header cell read as the concepts its words name (see lexicon.ts), and the language
 * those words are in. `Asiakkuuden alkamispäivä` → {relation, start, date} in Finnish;
 * `churned_on` → {leave, date}; `Cust #` → {customer, number}.
 */
import { CONCEPTS, LEXICON, type Concept, type HeaderLanguage } from './lexicon';

/** How many letters of endings may stand between two stems of one compound word. */
const MAX_ENDING = 5;
/** A stem this long matches anywhere in a word; a shorter one only where a word or an earlier stem's ending starts. */
const ANYWHERE_LENGTH = 5;
/** A stem this long also matches where it ends a word: the head of a compound (`hinta|taso`). */
const HEAD_LENGTH = 4;
/** Headers are short; a longer cell is no header, and reading only its start keeps a hostile file cheap. */
const MAX_HEADER_LENGTH = 200;

interface Stem {
  text: string;
  concept: Concept;
  language: HeaderLanguage;
  /** The stem must start a word or a part of a compound, and end its word or be followed directly by another stem. */
  whole: boolean;
  /** A phrase of several words (`number_of`): the only kind of stem that may reach across a space. */
  phrase: boolean;
}

/** Every stem, longest first, so the longest one matching at a place wins (`unsubscri` before `subscri`). */
const STEMS: readonly Stem[] = CONCEPTS.flatMap((concept) =>
  (Object.entries(LEXICON[concept]) as [HeaderLanguage, string][]).flatMap(([language, list]) =>
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => ({
        text: word.replace(/^=/, '').replaceAll('_', ''),
        concept,
        language,
        whole: word.startsWith('='),
        phrase: word.includes('_'),
      })),
  ),
).sort((a, b) => b.text.length - a.text.length);

/** The stems by their first letter: a header is scanned letter by letter, and most letters start few stems. */
const STEMS_BY_LETTER = new Map<string, Stem[]>();
for (const stem of STEMS) {
  const letter = stem.text[0] ?? '';
  STEMS_BY_LETTER.set(letter, [...(STEMS_BY_LETTER.get(letter) ?? []), stem]);
}

export interface HeaderWords {
  concepts: ReadonlySet<Concept>;
  /** The languages of the stems found; both for a mixed header, none for a header Pito does not understand. */
  languages: ReadonlySet<HeaderLanguage>;
}

/** Words of a header, lower case without diacritics; camelCase and signs split into words of their own. */
export function headerTokens(header: string): string[] {
  const spaced = header
    .slice(0, MAX_HEADER_LENGTH)
    .replace(/([a-z\u00e0-\u00ff])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/[#№]/g, ' nr ')
    .replace(/€/g, ' eur ')
    .replace(/\$/g, ' usd ')
    .replace(/£/g, ' gbp ')
    .replace(/%/g, ' pct ');
  return spaced
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/([a-z])(\d)|(\d)([a-z])/g, '$1$3 $2$4')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

interface Found {
  stem: Stem;
  from: number;
  to: number;
}

/**
 * Stems found in the words joined together (so `number of` and `signed up` read as one
 * phrase), scanned left to right, the longest stem at each place first.
 */
function findStems(tokens: readonly string[]): Found[] {
  const text = tokens.join('');
  const wordStarts = new Set<number>();
  const wordEnds = new Set<number>();
  let at = 0;
  for (const token of tokens) {
    wordStarts.add(at);
    at += token.length;
    wordEnds.add(at);
  }
  const nextWordEnd = (from: number) => {
    for (let end = from + 1; end <= text.length; end++) if (wordEnds.has(end)) return end;
    return text.length;
  };
  const stemStartsAt = (at: number) =>
    (STEMS_BY_LETTER.get(text[at] ?? '') ?? []).some((candidate) => text.startsWith(candidate.text, at));
  const found: Found[] = [];
  let lastEnd = -1;
  for (let i = 0; i < text.length;) {
    const anchored = wordStarts.has(i) || (lastEnd >= 0 && i - lastEnd <= MAX_ENDING);
    const previous = found[found.length - 1]?.stem;
    const wordEnd = nextWordEnd(i);
    const fits = (candidate: Stem): boolean => {
      if (!candidate.phrase && i + candidate.text.length > wordEnd) return false;
      if (!text.startsWith(candidate.text, i)) return false;
      if (candidate.language === 'en' && !candidate.whole) return wordStarts.has(i) || i === lastEnd;
      if (!candidate.whole) {
        const headOfCompound = candidate.text.length >= HEAD_LENGTH && i + candidate.text.length === wordEnd;
        return anchored || headOfCompound || candidate.text.length >= ANYWHERE_LENGTH;
      }
      // A whole-word stem inside a compound follows a stem of its own language: `asiakas|nro`, not `asiakka|at`;
      // a single letter (`S`, `N`, `E` of a period table) is the whole header, not the `n` of `kk:n`.
      if (candidate.text.length === 1) return tokens.length === 1 && tokens[0]?.length === 1;
      // English joins words without endings (`customerid`, `createdat`); Finnish puts endings between them.
      const joins = candidate.language === 'fi' ? anchored : i === lastEnd;
      const starts = wordStarts.has(i) || (joins && previous?.language === candidate.language);
      // It must also end its word or run into another stem; else a shorter stem may read the place (`osto|tiheys`).
      return starts && (wordEnds.has(i + candidate.text.length) || stemStartsAt(i + candidate.text.length));
    };
    const stem = (STEMS_BY_LETTER.get(text[i] ?? '') ?? []).find(fits);
    if (!stem) {
      i++;
      continue;
    }
    found.push({ stem, from: i, to: i + stem.text.length });
    i += stem.text.length;
    lastEnd = i;
  }
  // A whole-word stem counts only where its word ends, or another stem follows at once.
  return found.filter((hit, index) => !hit.stem.whole || wordEnds.has(hit.to) || found[index + 1]?.from === hit.to);
}

/** `0-10` a score's scale, `1-5` a rating's; `9-10`, `7-8` and `0-6` the NPS answers counted as promoters, passives and detractors. */
const SCALES: Record<string, Concept> = {
  '0-10': 'scale10',
  '1-10': 'scale10',
  '1-5': 'scale5',
  '9-10': 'answers9to10',
  '7-8': 'answers7to8',
  '0-6': 'answers0to6',
};

function scales(tokens: readonly string[]): Concept[] {
  return tokens.flatMap((token, index) => {
    const concept = SCALES[`${token}-${tokens[index + 1] ?? ''}`];
    return concept ? [concept] : [];
  });
}

export function readHeader(header: string): HeaderWords {
  const tokens = headerTokens(header);
  const found = findStems(tokens);
  return {
    concepts: new Set([...found.map((hit) => hit.stem.concept), ...scales(tokens)]),
    languages: new Set(found.map((hit) => hit.stem.language)),
  };
}
