/**
 * Peak memory of the upload pipeline when many editors upload large photos at once:
 * N parallel 40-megapixel images through lib/media/images processImage, with the
 * process's resident memory sampled every 5 ms. Run on demand:
 *   npx tsx --conditions=react-server bench/image-memory.ts [parallel uploads, default 3] [jpeg|png]
 * PNG is the heavy case: JPEG decoders can shrink while decoding, PNG ones cannot.
 */
import sharp from "sharp";
import { processImage } from "@/lib/media/images";

const parallel = Number(process.argv[2] ?? 3);
const format = process.argv[3] === "png" ? "png" : "jpeg";
// 8000 × 5000: the 40-megapixel limit. Blocky noise keeps the file under the 10 MB limit.
const tile = await sharp({
  create: {
    width: 400,
    height: 250,
    channels: 3,
    background: "#808080",
    noise: { type: "gaussian", mean: 128, sigma: 50 },
  },
})
  .png()
  .toBuffer();
const large = sharp(tile).resize(8000, 5000, { kernel: "nearest" });
const photo =
  format === "png" ? await large.png({ compressionLevel: 9 }).toBuffer() : await large.jpeg({ quality: 80 }).toBuffer();

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const started = performance.now();
await Promise.all(Array.from({ length: parallel }, () => processImage(photo)));
clearInterval(sampler);
console.log(
  JSON.stringify({
    parallel,
    format,
    photoMegabytes: Math.round((photo.byteLength / 1024 / 1024) * 10) / 10,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    peakAddedMegabytes: megabytes(peak - baseline),
  }),
);
