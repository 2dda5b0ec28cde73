import { describe, expect, it } from "vitest";
import { mediaContentType, mediaFileKey, mediaFileParamsSchema, OG_FILE } from "./keys";

const ID = "0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0b";

describe("mediaFileParamsSchema", () => {
  it("accepts the share image and every width a rendition can have", () => {
    for (const file of [OG_FILE, "480.webp", "960.webp", "1600.webp", "200.webp", "479.webp"]) {
      expect(mediaFileParamsSchema.safeParse({ id: ID, file }).success, file).toBe(true);
    }
  });

  it("refuses widths never rendered, other names and malformed ids", () => {
    for (const file of ["199.webp", "720.webp", "1601.webp", "2000.webp", "0480.webp", "960.jpg", "og.webp", ""]) {
      expect(mediaFileParamsSchema.safeParse({ id: ID, file }).success, file).toBe(false);
    }
    for (const id of ["not-a-uuid", "..", `${ID}/..`, ""]) {
      expect(mediaFileParamsSchema.safeParse({ id, file: OG_FILE }).success, id).toBe(false);
    }
  });

  it("gives the storage key the writer used, whatever the id's case", () => {
    const parsed = mediaFileParamsSchema.parse({ id: ID.toUpperCase(), file: "960.webp" });
    expect(mediaFileKey(parsed.id, parsed.file)).toBe(`${ID}/960.webp`);
  });
});

describe("mediaContentType", () => {
  it("is JPEG for the share image and WebP for the renditions", () => {
    expect(mediaContentType(OG_FILE)).toBe("image/jpeg");
    expect(mediaContentType("960.webp")).toBe("image/webp");
  });
});
