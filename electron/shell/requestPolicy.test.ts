import { describe, expect, it } from 'vitest';
import { isRequestAllowed } from './requestPolicy';

describe('isRequestAllowed', () => {
  it.each(['app://pito/index.html', 'app://pito/assets/a.js', 'data:image/png;base64,AAAA', 'blob:app://pito/1234'])(
    'lets %s through',
    (url) => {
      expect(isRequestAllowed(url)).toBe(true);
    },
  );

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'ws://localhost/',
    'wss://example.com/',
    'file:///etc/passwd',
    'ftp://example.com/',
    'chrome://settings',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isRequestAllowed(url)).toBe(false);
  });
});
