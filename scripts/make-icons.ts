// Draws the toolbar icon (an indigo rounded square with two speech bubbles) as PNGs, without any image library.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

function icon(size: number): Buffer {
  const S = 4; // supersampling for smooth edges
  return png(size, (px, py) => {
    let bg = 0, fg = 0;
    for (let sy = 0; sy < S; sy++)
      for (let sx = 0; sx < S; sx++) {
        const x = (px + (sx + 0.5) / S) / size, y = (py + (sy + 0.5) / S) / size;
        const r = 0.22, dx = Math.max(r - x, x - (1 - r), 0), dy = Math.max(r - y, y - (1 - r), 0);
        if (dx * dx + dy * dy > r * r) continue;
        bg++;
        const b1 = ((x - 0.4) / 0.26) ** 2 + ((y - 0.42) / 0.2) ** 2 <= 1;
        const b2 = ((x - 0.64) / 0.2) ** 2 + ((y - 0.64) / 0.15) ** 2 <= 1;
        if (b1 || b2) fg++;
      }
    const a = bg / (S * S), f = bg ? fg / bg : 0;
    const mix = (c1: number, c2: number) => Math.round(c1 * (1 - f) + c2 * f);
    return [mix(79, 255), mix(70, 255), mix(229, 255), Math.round(a * 255)];
  });
}

mkdirSync('assets/public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`assets/public/icon/${size}.png`, icon(size));
