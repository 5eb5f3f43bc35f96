#!/usr/bin/env node
/**
 * Draws Pito's app icon and writes it in the three forms electron-builder uses:
 * build/icon.png (512×512, Linux), build/icon.ico (Windows, PNG entries 16-256) and
 * build/icon.icns (macOS, PNG entries). No image tool is needed: shapes are
 * rasterized here with 4×4 supersampling and encoded as PNG with node:zlib.
 *
 * The picture: a teal rounded square with four white bars falling off like a
 * retention curve, the first one topped by a warm dot (the customers kept).
 * Run `node build/make-icons.mjs` after changing it; the outputs are committed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const here = new URL('.', import.meta.url);

// Shapes on a 0..1 canvas, painted in order; each is [inside(x, y), [r, g, b]].
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const bars = [0.62, 0.46, 0.36, 0.3].map((height, index) => {
  const left = 0.2 + index * 0.16;
  return [roundedRect(left, 0.8 - height, left + 0.11, 0.8, 0.025), [255, 255, 255]];
});
const shapes = [
  [roundedRect(0.04, 0.04, 0.96, 0.96, 0.2), null], // background: a vertical gradient, see colorAt
  ...bars,
  [circle(0.255, 0.11, 0.055), [255, 176, 59]],
];

function colorAt(x, y) {
  let color = null;
  for (const [inside, fill] of shapes) {
    if (!inside(x, y)) continue;
    color = fill ?? [Math.round(18 + 20 * y), Math.round(140 - 50 * y), Math.round(150 - 10 * y)];
  }
  return color;
}

function render(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const color = colorAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!color) continue;
          sum[0] += color[0];
          sum[1] += color[1];
          sum[2] += color[2];
          sum[3] += 1;
        }
      }
      const offset = (py * size + px) * 4;
      const covered = sum[3];
      pixels[offset] = covered ? Math.round(sum[0] / covered) : 0;
      pixels[offset + 1] = covered ? Math.round(sum[1] / covered) : 0;
      pixels[offset + 2] = covered ? Math.round(sum[2] / covered) : 0;
      pixels[offset + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  const pixels = render(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** ICO with PNG-compressed entries (Windows Vista and later). */
function ico(entries) {
  const header = Buffer.alloc(6 + 16 * entries.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach(({ size, data }, index) => {
    const at = 6 + 16 * index;
    header[at] = size >= 256 ? 0 : size;
    header[at + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...entries.map((entry) => entry.data)]);
}

/** ICNS with PNG entries: ic07 128, ic08 256, ic09 512. */
function icns(entries) {
  const parts = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((total, part) => total + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const sizes = new Map([16, 32, 48, 128, 256, 512].map((size) => [size, png(size)]));
writeFileSync(new URL('icon.png', here), sizes.get(512));
writeFileSync(new URL('icon.ico', here), ico([16, 32, 48, 256].map((size) => ({ size, data: sizes.get(size) }))));
writeFileSync(
  new URL('icon.icns', here),
  icns([
    { type: 'ic07', data: sizes.get(128) },
    { type: 'ic08', data: sizes.get(256) },
    { type: 'ic09', data: sizes.get(512) },
  ]),
);
console.log('build: wrote icon.png (512×512), icon.ico (16-256) and icon.icns (128-512)');
