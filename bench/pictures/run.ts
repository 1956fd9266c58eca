/**
 * The picture pipeline on a phone photo: how long the server spends on one upload
 * (type sniffing, upright, metadata stripped, four WebP variants), and how many bytes a
 * reader's phone downloads for it compared with the original file (the baseline: a
 * server that stores and serves what was uploaded).
 *
 *   node --conditions=@kopa/source --import tsx bench/pictures/run.ts [--runs 7]
 */
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { processImage } from '../../apps/server/src/uploads/image-pipeline.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;

/**
 * A 12-megapixel "phone photo" with detail at every scale, as real photos have (smooth
 * noise compresses far better than a photo would), with camera EXIF and GPS.
 */
async function phonePhoto(): Promise<Buffer> {
  const width = 4032;
  const height = 3024;
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >> 8) / 0x7fffff;
  };
  // Noise at 1/64, 1/8 and full scale, summed: shapes, textures and grain.
  const layer = (scale: number) => {
    const w = Math.ceil(width / scale) + 1;
    const values = Float32Array.from({ length: w * (Math.ceil(height / scale) + 1) }, random);
    return (x: number, y: number) => values[Math.floor(y / scale) * w + Math.floor(x / scale)]!;
  };
  const [shapes, textures] = [layer(64), layer(8)];
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const base = 140 * shapes(x, y) + 60 * textures(x, y);
      const offset = (y * width + x) * 3;
      for (let channel = 0; channel < 3; channel++) pixels[offset + channel] = Math.min(255, base * (0.7 + 0.15 * channel) + 40 * random());
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .blur(0.8)
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: 'Phone', Model: 'Cheap 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 32/1 0/1' } })
    .toBuffer();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const photo = await phonePhoto();
await processImage(photo); // warm-up: sharp loads its codecs once
const times: number[] = [];
let variants: { width: number; bytes: number }[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const processed = await processImage(photo);
  times.push(performance.now() - started);
  variants = processed.variants.map((variant) => ({ width: variant.width, bytes: variant.data.length }));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const phoneVariant = variants.find((variant) => variant.width >= 640)!; // a 360 px screen at 2× density
const laptopVariant = variants.find((variant) => variant.width >= 1280)!;
console.log(`phone photo: 4032×3024 JPEG, ${kb(photo.length)} (with EXIF and GPS)`);
console.log(`processing per upload: median ${median(times).toFixed(0)} ms over ${runs} runs (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
console.log(`variants: ${variants.map((variant) => `${variant.width} px ${kb(variant.bytes)}`).join(', ')}`);
console.log(`a phone (360 px, 2×) downloads ${kb(phoneVariant.bytes)} instead of ${kb(photo.length)}: ${(photo.length / phoneVariant.bytes).toFixed(1)}× less`);
console.log(`a laptop (1280 px) downloads ${kb(laptopVariant.bytes)}: ${(photo.length / laptopVariant.bytes).toFixed(1)}× less`);
