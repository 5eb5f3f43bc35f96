/**
 * Bounded quoting: an error message or an import issue names the offending value, but
 * never all of a 10 MB cell. What is cut ends with "…".
 */
import { MAX_QUOTED_LENGTH } from './limits';

/** `text` when it has at most `max` characters, else its first `max - 1` and "…" (a surrogate pair is never split). */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate whose pair would be cut off
  return `${text.slice(0, end)}…`;
}

/** An offending value as a message quotes it: at most MAX_QUOTED_LENGTH characters. */
export function quoteValue(text: string): string {
  return truncateText(text, MAX_QUOTED_LENGTH);
}
