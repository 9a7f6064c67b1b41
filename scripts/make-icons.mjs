// Renders app/icon.svg into the bitmap icons in public/ (favicon.ico, the apple-touch-icon and
// the web manifest's icons). Run after changing the SVG: node scripts/make-icons.mjs
import { readFile, writeFile } from "node:fs/promises";
import sharp from "sharp";

const svg = await readFile(new URL("../app/icon.svg", import.meta.url));
const png = (size) =>
  sharp(svg, { density: 72 * (size / 64) * 2 })
    .resize(size, size)
    .png()
    .toBuffer();
const out = (name) => new URL(`../public/${name}`, import.meta.url);

// iOS draws its own rounded corners and shows transparency as black: a full square there.
const square = Buffer.from(svg.toString().replace('rx="14"', 'rx="0"'));
await writeFile(
  out("apple-touch-icon.png"),
  await sharp(square, { density: 72 * 6 })
    .resize(180, 180)
    .png()
    .toBuffer(),
);
await writeFile(out("icon-192.png"), await png(192));
await writeFile(out("icon-512.png"), await png(512));

/** An .ico holding PNG images (every browser since 2007 reads those). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, data } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}
const sizes = [16, 32, 48];
await writeFile(
  out("favicon.ico"),
  ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))),
);
