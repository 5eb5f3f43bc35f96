import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, rendererFileFor } from './rendererFiles';

const root = join('/opt', 'Pito', 'resources', 'app', 'dist', 'renderer');

describe('rendererFileFor', () => {
  it('serves index.html for the root and files beneath the renderer folder', () => {
    expect(rendererFileFor(root, 'app://pito/')).toBe(join(root, 'index.html'));
    expect(rendererFileFor(root, 'app://pito/index.html')).toBe(join(root, 'index.html'));
    expect(rendererFileFor(root, 'app://pito/assets/index-abc123.js?v=1#x')).toBe(
      join(root, 'assets', 'index-abc123.js'),
    );
    expect(rendererFileFor(root, 'app://pito/assets/My%20Font.woff2')).toBe(join(root, 'assets', 'My Font.woff2'));
  });

  it.each([
    'app://pito/../../../etc/passwd',
    'app://pito/%2e%2e/%2e%2e/etc/passwd',
    'app://pito/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://pito/assets/..%2f..%2f..%2fsecret.txt',
    'app://pito/..%5C..%5Cwindows%5Cwin.ini',
    'app://pito/%2Fetc%2Fpasswd/..%2F..',
    'app://pito/index.html%00.png',
    'app://pito/%E0%A4%A',
  ])('never leaves the renderer folder for %s', (url) => {
    // The URL parser folds plain `..` away (so /etc/passwd inside the folder, a 404); encoded ones are refused.
    const file = rendererFileFor(root, url);
    expect(file === null || file.startsWith(root + sep)).toBe(true);
  });

  it('refuses a path that climbs out of the folder after decoding', () => {
    expect(rendererFileFor(root, 'app://pito/..%2F..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(rendererFileFor(root, 'app://pito/index.html%00.png')).toBeNull();
    expect(rendererFileFor(root, 'app://pito/..%5Cwin.ini')).toBeNull();
  });

  it.each(['app://evil/index.html', 'file:///etc/passwd', 'https://pito/index.html', 'not a url'])(
    'refuses %s, which is not the app origin',
    (url) => {
      expect(rendererFileFor(root, url)).toBeNull();
    },
  );
});

describe('contentTypeFor', () => {
  it('names the types of the built renderer and serves anything else as plain bytes', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-1.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/README')).toBe('application/octet-stream');
  });
});
