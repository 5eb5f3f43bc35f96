/**
 * UTF-8 validity, byte by byte, the way the WHATWG decoder (TextDecoder) reads it: each
 * invalid sequence is one U+FFFD. Used to tell UTF-8 with a few bad bytes from Windows-1252
 * text, and to find where the first bad bytes of a UTF-8 file are while it streams.
 */
export class Utf8Scan {
  /** Complete multi-byte characters read. */
  valid = 0;
  /** Invalid sequences read (each decodes to one U+FFFD). */
  invalid = 0;
  private need = 0;
  private seen = 0;
  private lower = 0x80;
  private upper = 0xbf;

  /** True when the bytes so far end inside a multi-byte character. */
  get unfinished(): boolean {
    return this.need > 0;
  }

  /**
   * Reads the next bytes. Returns the offset in `bytes` where the first invalid sequence
   * found in them begins (0 when it began in earlier bytes), or -1 when there is none.
   * With `stopAtFirst` the scan ends there (and the counts stop with it).
   */
  feed(bytes: Uint8Array, stopAtFirst = false): number {
    let { need, seen, lower, upper, valid, invalid } = this;
    let lead = need > 0 ? 0 : -1;
    let first = -1;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i] ?? 0;
      if (need === 0) {
        if (byte < 0x80) continue;
        lead = i;
        if (byte >= 0xc2 && byte <= 0xdf) need = 1;
        else if (byte >= 0xe0 && byte <= 0xef) {
          need = 2;
          if (byte === 0xe0) lower = 0xa0;
          else if (byte === 0xed) upper = 0x9f;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          need = 3;
          if (byte === 0xf0) lower = 0x90;
          else if (byte === 0xf4) upper = 0x8f;
        } else {
          invalid++;
          if (first < 0) first = i;
          if (stopAtFirst) break;
        }
        continue;
      }
      if (byte < lower || byte > upper) {
        // The character begun at `lead` is cut short; this byte is read afresh.
        invalid++;
        if (first < 0) first = lead;
        need = 0;
        seen = 0;
        lower = 0x80;
        upper = 0xbf;
        if (stopAtFirst) break;
        i--;
        continue;
      }
      lower = 0x80;
      upper = 0xbf;
      if (++seen === need) {
        valid++;
        need = 0;
        seen = 0;
      }
    }
    this.need = need;
    this.seen = seen;
    this.lower = lower;
    this.upper = upper;
    this.valid = valid;
    this.invalid = invalid;
    return first;
  }
}

/**
 * Whether a sample of bytes (the first 64 KB of a file) reads as UTF-8 despite some bad bytes:
 * yes unless more than 90 % of its non-ASCII sequences are invalid UTF-8. Windows-1252 text
 * has almost no valid UTF-8 sequences by accident (a letter À-ß followed by a byte 80-BF), so
 * it falls on the other side; a UTF-8 file with a few damaged bytes keeps its valid characters.
 * A sample with no non-ASCII bytes at all, or none invalid, is UTF-8.
 */
export function readsAsUtf8(sample: Uint8Array): boolean {
  const scan = new Utf8Scan();
  scan.feed(sample);
  return scan.invalid <= 9 * scan.valid;
}
