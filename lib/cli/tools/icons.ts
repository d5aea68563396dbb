/** npm run icons: draws public/icon/{16,32,48,128}.png (a tick on a rounded blue square). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BLUE = [0x1d, 0x4e, 0xd8];

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body) >>> 0, body.length + 4);
  return out;
}

/** A minimal RGBA PNG encoder: one IDAT, filter 0 on every row. */
export function encodePng(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const segment = (px: number, py: number, ax: number, ay: number, bx: number, by: number) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};

function icon(size: number): Buffer {
  const r = size * 0.2;
  return encodePng(size, (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    // Rounded square: distance outside the inner rectangle, against the corner radius.
    const dx = Math.max(0, Math.abs(x + 0.5 - size / 2) - (size / 2 - r));
    const dy = Math.max(0, Math.abs(y + 0.5 - size / 2) - (size / 2 - r));
    const inside = Math.hypot(dx, dy) <= r;
    if (!inside) return [0, 0, 0, 0];
    const tick = Math.min(segment(u, v, 0.26, 0.52, 0.43, 0.7), segment(u, v, 0.43, 0.7, 0.76, 0.32));
    return tick < 0.075 ? [255, 255, 255, 255] : [...BLUE, 255] as [number, number, number, number];
  });
}

mkdirSync(new URL('../../../public/icon/', import.meta.url), { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`../../../public/icon/${size}.png`, import.meta.url), icon(size));
