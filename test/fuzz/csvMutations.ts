/** Mutations of a delimited text file: quotes, invalid UTF-8, delimiters and line order. */
import type { Draw, Mutation } from './draw';

/** The offsets of every occurrence of a one-character string. */
function offsets(text: string, char: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) found.push(i);
  return found;
}

function textMutation(name: string, edit: (text: string, draw: Draw) => { text: string; note: string }): Mutation {
  return {
    name,
    apply(input, draw) {
      const { text, note } = edit(input.toString('latin1'), draw);
      return { data: Buffer.from(text, 'latin1'), note };
    },
  };
}

const removeAt = (text: string, at: number) => text.slice(0, at) + text.slice(at + 1);

export const CSV_MUTATIONS: readonly Mutation[] = [
  textMutation('delete a quote', (text, draw) => {
    const at = draw.pick(offsets(text, '"'));
    return { text: removeAt(text, at), note: `at ${at}` };
  }),
  textMutation('unclosed quote', (text, draw) => {
    const starts = [0, ...offsets(text, ';').map((i) => i + 1), ...offsets(text, '\n').map((i) => i + 1)];
    const at = draw.pick(starts.filter((i) => i < text.length));
    return { text: `${text.slice(0, at)}"${text.slice(at)}`, note: `at ${at}` };
  }),
  textMutation('invalid UTF-8', (text, draw) => {
    const bytes = draw.pick(['\xff', '\xfe\xfe', '\xc3', '\xed\xa0\x80', '\xe2\x82', '\xc0\xaf']);
    const at = draw.int(text.length + 1);
    return { text: text.slice(0, at) + bytes + text.slice(at), note: `${bytes.length} bytes at ${at}` };
  }),
  textMutation('delete a delimiter', (text, draw) => {
    const at = draw.pick(offsets(text, ';'));
    return { text: removeAt(text, at), note: `at ${at}` };
  }),
  textMutation('swap lines', (text, draw) => {
    const lines = text.split('\n');
    const content = lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
    const a = draw.int(content);
    const b = draw.int(content);
    [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
    return { text: lines.join('\n'), note: `lines ${a + 1} and ${b + 1}` };
  }),
];
