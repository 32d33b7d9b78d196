// The camera's reader (zxing-wasm, with the options of src/camera/decode.worker.ts) on synthetic
// 720p frames: a GS1 DataMatrix at 2–8 pixels per module, at a random angle and anywhere inside
// the guide box, blurred or not, with sensor noise; the guide box is cut from the frame and read,
// as the view does. Prints the decode rate per module size and blur, and the time per frame.
// `node scripts/camera-rate.mjs` (from ui/); not part of the tests: it reports, it does not
// judge.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { prepareZXingModule, readBarcodes, writeBarcode } from "zxing-wasm/full";

const ROOT = join(import.meta.dirname, "..");
prepareZXingModule({ overrides: { wasmBinary: readFileSync(join(ROOT, "node_modules/zxing-wasm/dist/full/zxing_full.wasm")).buffer } });

const WIDTH = 1280;
const HEIGHT = 720;
const FRAMES = 12;
const OPTIONS = { formats: ["DataMatrix", "QRCode", "Code128", "EAN13", "EAN8"], tryHarder: true, tryInvert: false, tryDownscale: false, maxNumberOfSymbols: 4, textMode: "Plain" };
// The guide box, as src/camera/frames.ts `guideBox` makes it.
const SIDE = Math.round(Math.min(WIDTH, HEIGHT) * 0.7);
const BOX = { left: Math.round((WIDTH - SIDE) / 2), top: Math.round((HEIGHT - SIDE) / 2), width: SIDE, height: SIDE };
const EXPECTED = "]d2010950600013435217281231" + "10ABC123\u001d21SN0001234567";

// A seeded generator, so every run draws the same frames.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

/** The frame's grey levels: the symbol (with its quiet zone) turned by `angle` about its centre
 * at (cx, cy), `module` pixels per module, on a light grey carton. */
function draw(symbol, module, angle, cx, cy) {
  const grey = new Float32Array(WIDTH * HEIGHT).fill(200);
  const { width, data } = symbol;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const half = (width / 2 + 2) * module;
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      if (Math.abs(dx) > half * 1.5 || Math.abs(dy) > half * 1.5) continue;
      // Back into the symbol's own axes, in modules from its top left corner.
      const u = (cos * dx + sin * dy) / module + width / 2;
      const v = (-sin * dx + cos * dy) / module + width / 2;
      const mx = Math.floor(u);
      const my = Math.floor(v);
      if (mx >= -2 && my >= -2 && mx < width + 2 && my < width + 2) {
        const dark = mx >= 0 && my >= 0 && mx < width && my < width && data[my * width + mx] === 0;
        grey[y * WIDTH + x] = dark ? 35 : 235;
      }
    }
  }
  return grey;
}

/** A box blur of `radius` pixels, across then down (twice: near a Gaussian). */
function blur(grey, radius) {
  if (radius === 0) return grey;
  let a = grey;
  for (let pass = 0; pass < 2; pass++) {
    const b = new Float32Array(a.length);
    for (let y = 0; y < HEIGHT; y++)
      for (let x = 0; x < WIDTH; x++) {
        let sum = 0;
        let n = 0;
        for (let k = -radius; k <= radius; k++) {
          const xx = x + k;
          if (xx >= 0 && xx < WIDTH) (sum += a[y * WIDTH + xx]), n++;
        }
        b[y * WIDTH + x] = sum / n;
      }
    const c = new Float32Array(a.length);
    for (let y = 0; y < HEIGHT; y++)
      for (let x = 0; x < WIDTH; x++) {
        let sum = 0;
        let n = 0;
        for (let k = -radius; k <= radius; k++) {
          const yy = y + k;
          if (yy >= 0 && yy < HEIGHT) (sum += b[yy * WIDTH + x]), n++;
        }
        c[y * WIDTH + x] = sum / n;
      }
    a = c;
  }
  return a;
}

/** The guide box's pixels as RGBA with ±12 of noise, as the worker receives them. */
function rgba(grey) {
  const out = new Uint8ClampedArray(BOX.width * BOX.height * 4);
  for (let y = 0; y < BOX.height; y++)
    for (let x = 0; x < BOX.width; x++) {
      const i = y * BOX.width + x;
      const g = grey[(BOX.top + y) * WIDTH + BOX.left + x] + (random() * 24 - 12);
      out[i * 4] = out[i * 4 + 1] = out[i * 4 + 2] = g;
      out[i * 4 + 3] = 255;
    }
  return { data: out, width: BOX.width, height: BOX.height };
}

const written = await writeBarcode("(01)09506000134352(17)281231(10)ABC123(21)SN0001234567", { format: "DataMatrix", options: "gs1", scale: 1, withQuietZones: false });
const symbol = written.symbol;
console.log(`GS1 DataMatrix ${symbol.width}×${symbol.height} modules, ${FRAMES} frames per cell, 1280×720 (guide box ${SIDE}×${SIDE} read), noise ±12, any angle`);
console.log("| px/module | no blur | blur r1 | blur r2 | ms/frame (no blur) |");
console.log("|---|---|---|---|---|");
for (const module of [2, 3, 4, 6, 8]) {
  const cells = [];
  let ms = 0;
  for (const radius of [0, 1, 2]) {
    let read = 0;
    for (let f = 0; f < FRAMES; f++) {
      // Anywhere in the box, whole at any angle (half its diagonal from each side).
      const half = Math.ceil((symbol.width / 2 + 2) * module * Math.SQRT2);
      const cx = BOX.left + half + random() * (BOX.width - 2 * half);
      const cy = BOX.top + half + random() * (BOX.height - 2 * half);
      const image = rgba(blur(draw(symbol, module, random() * 2 * Math.PI, cx, cy), radius));
      const started = performance.now();
      const results = await readBarcodes(image, OPTIONS);
      if (radius === 0) ms += performance.now() - started;
      if (results.some((r) => r.symbologyIdentifier + r.text === EXPECTED)) read++;
    }
    cells.push(`${read}/${FRAMES}`);
  }
  console.log(`| ${module} | ${cells.join(" | ")} | ${(ms / FRAMES).toFixed(1)} |`);
}
const empty = rgba(new Float32Array(WIDTH * HEIGHT).fill(200));
const started = performance.now();
for (let i = 0; i < 10; i++) await readBarcodes(empty, OPTIONS);
console.log(`A frame with no code: ${((performance.now() - started) / 10).toFixed(1)} ms`);
