import { describe, expect, it } from "vitest";
import { articleBodySchema, imageAltTexts } from "./body";

const image = (alt: string) => ({ type: "image" as const, attrs: { src: "/media/a/480.webp", alt } });

describe("imageAltTexts", () => {
  it("finds images at the top level, in quotes, lists and tables, in reading order", () => {
    const body = articleBodySchema.parse({
      type: "doc",
      content: [
        image("Satu"),
        { type: "blockquote", content: [image("Dua")] },
        { type: "bulletList", content: [{ type: "listItem", content: [image("")] }] },
        {
          type: "table",
          content: [{ type: "tableRow", content: [{ type: "tableCell", content: [image("Empat")] }] }],
        },
        { type: "paragraph", content: [{ type: "text", text: "Tanpa gambar." }] },
      ],
    });
    expect(imageAltTexts(body)).toEqual(["Satu", "Dua", "", "Empat"]);
  });
});
