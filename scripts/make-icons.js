// Draws the add-in icons (a green ledger sheet with a check mark) as PNGs, with no image library: raw RGBA + zlib.
// Run: node scripts/make-icons.js  → assets/icon-{16,32,64,80,128}.png (committed).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREEN = [16, 124, 65, 255]; // Excel green
const WHITE = [255, 255, 255, 255];
const GOLD = [255, 196, 0, 255];
const CLEAR = [0, 0, 0, 0];

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function pixel(x, y, s) {
  const u = x / s,
    v = y / s;
  const r = 0.16; // rounded corner radius
  const cx = Math.min(Math.max(u, r), 1 - r),
    cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return CLEAR;
  // check mark, bottom right
  const w = Math.max(0.07, 1.6 / s);
  if (distToSegment(u, v, 0.52, 0.7, 0.64, 0.82) < w || distToSegment(u, v, 0.64, 0.82, 0.86, 0.54) < w) return GOLD;
  // table lines: header bar + three rows + one column rule
  const line = Math.max(0.045, 1 / s);
  if (u > 0.18 && u < 0.82) {
    if (v > 0.18 && v < 0.3) return WHITE;
    for (const ly of [0.42, 0.56]) if (Math.abs(v - ly) < line / 2 && u < (ly > 0.5 ? 0.5 : 0.82)) return WHITE;
    if (v > 0.3 && v < 0.7 && Math.abs(u - 0.36) < line / 2) return WHITE;
    if (v > 0.3 && v < 0.82 && Math.abs(u - 0.18) < line / 2) return WHITE;
  }
  return GREEN;
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size, pixel));
}
console.log('icons written to', out);
