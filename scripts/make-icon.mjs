// Draws build/icon.png (1024 px): a QR-like mark on Linkdesk's purple. Run once; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const size = 1024;
const png = new PNG({ width: size, height: size });
const purple = [75, 63, 196];
const radius = 200;
// A 7×7 grid of modules: three finder squares and a few data modules.
const modules = ['1110111', '1010101', '1110111', '0001000', '1110101', '1010010', '1110111'];
const cell = 92;
const origin = (size - cell * 7) / 2;
for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    const i = (y * size + x) * 4;
    const dx = Math.max(radius - x, 0, x - (size - 1 - radius));
    const dy = Math.max(radius - y, 0, y - (size - 1 - radius));
    const inside = dx * dx + dy * dy <= radius * radius;
    const gx = Math.floor((x - origin) / cell);
    const gy = Math.floor((y - origin) / cell);
    const mark = gx >= 0 && gx < 7 && gy >= 0 && gy < 7 && modules[gy][gx] === '1';
    const [r, g, b] = mark ? [255, 255, 255] : purple;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = inside ? 255 : 0;
  }
}
writeFileSync(new URL('../build/icon.png', import.meta.url), PNG.sync.write(png));
console.log('build/icon.png written');
