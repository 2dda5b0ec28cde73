import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { InvalidImageError } from "./errors";
import {
  IMAGE_PROCESSING_CONCURRENCY,
  imageProcessingLoad,
  OG_MAX_BYTES,
  processImage,
  sniffImageType,
  variantWidthsFor,
} from "./images";

/** A landscape test card: left half red, right half blue, so orientation is visible in pixels. */
async function twoTone(width: number, height: number) {
  const left = await sharp({ create: { width: Math.ceil(width / 2), height, channels: 3, background: "#d00000" } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: "#0000d0" } }).composite([
    { input: left, left: 0, top: 0 },
  ]);
}

async function rejection(bytes: Uint8Array): Promise<InvalidImageError> {
  const error = await processImage(bytes).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvalidImageError);
  return error as InvalidImageError;
}

// Real image encoding is CPU-bound: on a busy 2-core machine one case can take several seconds.
describe("processImage", { timeout: 60_000 }, () => {
  it("turns a JPEG upright by its EXIF orientation and strips every metadata block", async () => {
    // Stored 1800×1000 with orientation 6 ("rotate 90° clockwise to view"): upright it is 1000×1800.
    const jpeg = await (
      await twoTone(1800, 1000)
    )
      .jpeg({ quality: 90 })
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: "Humas", Artist: "Fotografer Uji" } } })
      .toBuffer();
    const before = await sharp(jpeg).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);

    const result = await processImage(jpeg);
    expect(result.sourceType).toBe("image/jpeg");
    expect({ width: result.width, height: result.height }).toEqual({ width: 1000, height: 1800 });
    expect(result.variants.map((variant) => variant.width)).toEqual([480, 780, 960]);

    for (const output of [...result.variants.map((variant) => variant.bytes), result.og]) {
      const metadata = await sharp(output).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
    }
    const largest = result.variants.at(-1);
    expect(largest?.height).toBe(1728);
    // Rotated clockwise, the red left half becomes the top half.
    const { data } = await sharp(largest?.bytes)
      .extract({ left: 480, top: 100, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(150);
    expect(data[2]).toBeLessThan(80);
  });

  it("renders WebP variants up to the original width, never upscaled", async () => {
    const png = await (await twoTone(2000, 1125)).png().toBuffer();
    const result = await processImage(png);
    expect(result.sourceType).toBe("image/png");
    expect(result.variants.map((variant) => [variant.width, variant.height])).toEqual([
      [480, 270],
      [780, 439],
      [960, 540],
      [1600, 900],
    ]);
    for (const variant of result.variants) expect((await sharp(variant.bytes).metadata()).format).toBe("webp");
    expect(result.byteSize).toBe(png.byteLength);

    const small = await processImage(await (await twoTone(300, 200)).webp().toBuffer());
    expect(small.sourceType).toBe("image/webp");
    expect(small.variants.map((variant) => variant.width)).toEqual([300]);
    expect(variantWidthsFor(1000)).toEqual([480, 780, 960]);
  });

  it("makes a 1200×630 Open Graph JPEG under 300 KB, even from noise", async () => {
    const width = 2400;
    const height = 1600;
    const noise = Buffer.alloc(width * height * 3);
    for (let index = 0; index < noise.length; index += 1) noise[index] = Math.floor(Math.random() * 256);
    const noisy = await sharp(noise, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 95 })
      .toBuffer();

    const result = await processImage(noisy);
    const og = await sharp(result.og).metadata();
    expect(og.format).toBe("jpeg");
    expect(result.og.byteLength).toBeLessThan(OG_MAX_BYTES);
    // The last-resort branch shrinks the image; noise must still fit at full size.
    expect({ width: og.width, height: og.height }).toEqual({ width: 1200, height: 630 });
  });

  it("accepts AVIF", async () => {
    const avif = await (await twoTone(640, 360)).avif({ quality: 50 }).toBuffer();
    expect(sniffImageType(avif)).toBe("image/avif");
    const result = await processImage(avif);
    expect(result.sourceType).toBe("image/avif");
    expect(result.variants.map((variant) => variant.width)).toEqual([480]);
  });

  it("refuses an SVG, even one sharp could render", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><script>alert(1)</script><rect width="800" height="600" fill="red"/></svg>',
    );
    const error = await rejection(svg);
    expect(error.reason).toBe("unsupported-type");
    expect(error.message).toMatch(/JPEG, PNG, WebP, atau AVIF/);
  });

  it("refuses an executable renamed to .jpg", async () => {
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
      Buffer.alloc(4096, 0x90),
    ]);
    expect((await rejection(elf)).reason).toBe("unsupported-type");
  });

  it("refuses a JPEG header followed by garbage", async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2048, 0x41)]);
    expect((await rejection(fake)).reason).toBe("unreadable");
  });

  it("refuses GIFs and animations", async () => {
    const gif = await (await twoTone(400, 300)).gif().toBuffer();
    expect((await rejection(gif)).reason).toBe("unsupported-type");
    const frames = [
      await (await twoTone(400, 300)).png().toBuffer(),
      await (await twoTone(400, 300)).negate().png().toBuffer(),
    ];
    const animated = await sharp(frames, { join: { animated: true } })
      .webp({ loop: 0, delay: [100, 100] })
      .toBuffer();
    expect((await rejection(animated)).reason).toBe("animated");
  });

  it("refuses files over 10 MB before decoding them", async () => {
    const big = Buffer.concat([await (await twoTone(400, 300)).jpeg().toBuffer(), Buffer.alloc(10 * 1024 * 1024)]);
    const error = await rejection(big);
    expect(error.reason).toBe("too-large");
    expect(error.message).toMatch(/10 MB/);
  });

  it("refuses images over 40 megapixels", async () => {
    // 8000×5001 of one colour compresses to a few kilobytes: small file, huge canvas.
    const huge = await sharp({ create: { width: 8000, height: 5001, channels: 3, background: "#777777" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect((await rejection(huge)).reason).toBe("too-many-pixels");
  });

  it("refuses images narrower than 200 pixels", async () => {
    const narrow = await (await twoTone(199, 400)).png().toBuffer();
    const error = await rejection(narrow);
    expect(error.reason).toBe("too-small");
    expect(error.message).toMatch(/200 piksel/);
  });

  it("decodes at most two images at once however many arrive together", async () => {
    const photo = await sharp({
      create: {
        width: 3000,
        height: 2000,
        channels: 3,
        background: "#808080",
        noise: { type: "gaussian", mean: 128, sigma: 40 },
      },
    })
      .jpeg({ quality: 85 })
      .toBuffer();
    let peakActive = 0;
    let peakWaiting = 0;
    const sampler = setInterval(() => {
      const load = imageProcessingLoad();
      peakActive = Math.max(peakActive, load.active);
      peakWaiting = Math.max(peakWaiting, load.waiting);
    }, 2);
    try {
      const results = await Promise.all(Array.from({ length: 6 }, () => processImage(photo)));
      expect(results.every((result) => result.width === 3000)).toBe(true);
    } finally {
      clearInterval(sampler);
    }
    expect(peakActive).toBe(IMAGE_PROCESSING_CONCURRENCY);
    expect(IMAGE_PROCESSING_CONCURRENCY).toBe(2);
    expect(peakWaiting).toBeGreaterThan(0);
    expect(imageProcessingLoad()).toEqual({ active: 0, waiting: 0 });
  });
});
