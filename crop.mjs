import fs from 'node:fs';
import { PNG } from 'pngjs';
const [src, out, x0, y0, w, h, scale] = process.argv.slice(2);
const im = PNG.sync.read(fs.readFileSync(src));
const s = Number(scale);
const o = new PNG({ width: w * s, height: h * s });
for (let y = 0; y < h * s; y++) for (let x = 0; x < w * s; x++) {
  const si = ((Number(y0) + Math.floor(y / s)) * im.width + Number(x0) + Math.floor(x / s)) * 4;
  const di = (y * w * s + x) * 4;
  for (let k = 0; k < 4; k++) o.data[di + k] = im.data[si + k];
}
fs.writeFileSync(out, PNG.sync.write(o));
