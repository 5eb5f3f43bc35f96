import { describe, expect, it } from 'vitest';
import { PitoError } from '../errors';
import { checkedExternalUrl, externalUrlProblem } from './externalUrl';

describe('externalUrlProblem', () => {
  it.each(['https://example.com', 'https://fi.wikipedia.org/wiki/Net_Promoter_Score?x=1#y'])('accepts %s', (url) => {
    expect(externalUrlProblem(url)).toBeNull();
  });

  it.each([
    ['http://example.com', 'Only https links open in the browser, not http: links.'],
    ['file:///etc/passwd', 'Only https links open in the browser, not file: links.'],
    ['javascript:alert(1)', 'Only https links open in the browser, not javascript: links.'],
    ['ms-msdt:/id PCWDiagnostic', 'Only https links open in the browser, not ms-msdt: links.'],
    ['app://pito/index.html', 'Only https links open in the browser, not app: links.'],
    ['https://user:secret@example.com', 'Links with a user name or password are not opened.'],
    ['example.com', 'The link is not a valid URL.'],
    [`https://example.com/${'a'.repeat(2100)}`, 'The link is longer than 2048 characters.'],
  ])('refuses %s', (url, reason) => {
    expect(externalUrlProblem(url)).toBe(reason);
  });
});

describe('checkedExternalUrl', () => {
  it('returns the normalized URL', () => {
    expect(checkedExternalUrl('HTTPS://Example.COM')).toBe('https://example.com/');
  });

  it('throws a forbidden PitoError for a refused link', () => {
    expect(() => checkedExternalUrl('file:///C:/Windows/System32/calc.exe')).toThrow(PitoError);
    try {
      checkedExternalUrl('http://example.com');
    } catch (error) {
      expect((error as PitoError).code).toBe('forbidden');
      expect((error as PitoError).reason).toEqual({ key: 'documentError.link.notHttps', params: { scheme: 'http:' } });
    }
  });
});
