import { describe, expect, it } from "vitest";
import {
  articleBodySchema,
  BODY_TOO_DEEP_MESSAGE,
  EXTERNAL_IMAGE_MESSAGE,
  imageAltTexts,
  leadSentences,
  photoCredit,
  isSafeHref,
  isSafeImageSrc,
  MAX_BODY_DEPTH,
  readStoredBody,
  resolveBodyLink,
} from "./body";

const image = (alt: string) => ({
  type: "image" as const,
  attrs: { src: "/media/0192f5a4-3c1e-7aaa-8bbb-123456789abc/480.webp", alt },
});

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

describe("isSafeHref", () => {
  it.each([
    "https://kominfo.go.id/berita",
    "http://contoh.example",
    "mailto:humas@samarindakota.example",
    "tel:+62541700000",
    "/berita/banjir-surut",
    "/kategori/ekonomi?halaman=2#daftar",
    "#bagian-dua",
  ])("accepts %s", (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    ["a backslash path that browsers send to another host", "/\\evil.example/x"],
    ["a tab between the slashes", "/\t/evil.example/x"],
    ["a newline between the slashes", "/\n/evil.example/x"],
    ["a protocol-relative address", "//evil.example/x"],
    ["javascript:", "javascript:alert(1)"],
    ["javascript: split by a tab", "java\tscript:alert(1)"],
    ["javascript: after spaces", "   javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["a web address without a host", "https://"],
  ])("refuses %s", (_label, href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});

describe("resolveBodyLink", () => {
  const origin = "https://warta.example";

  it("turns links to this site into clean paths and marks everything else external", () => {
    expect(resolveBodyLink("https://warta.example/berita/x?y=1#z", origin)).toEqual({
      href: "/berita/x?y=1#z",
      isExternal: false,
    });
    expect(resolveBodyLink("/berita/x", origin)).toEqual({ href: "/berita/x", isExternal: false });
    expect(resolveBodyLink("https://kominfo.go.id/a", origin)).toEqual({
      href: "https://kominfo.go.id/a",
      isExternal: true,
    });
    expect(resolveBodyLink("mailto:humas@warta.example", origin)).toEqual({
      href: "mailto:humas@warta.example",
      isExternal: false,
    });
  });

  it("resolves a stored link that only looked local to where a browser would go, as an external link", () => {
    expect(resolveBodyLink("/\\evil.example/x", origin)).toEqual({ href: "https://evil.example/x", isExternal: true });
    expect(resolveBodyLink("/\t/evil.example/x", origin)).toEqual({ href: "https://evil.example/x", isExternal: true });
  });

  it("drops what is no link at all", () => {
    expect(resolveBodyLink("javascript:alert(1)", origin)).toBeNull();
    expect(resolveBodyLink("https://", origin)).toBeNull();
  });
});

describe("isSafeImageSrc", () => {
  it("accepts only renditions the portal stores", () => {
    expect(isSafeImageSrc("/media/0192f5a4-3c1e-7aaa-8bbb-123456789abc/960.webp")).toBe(true);
    expect(isSafeImageSrc("/media/0192f5a4-3c1e-7aaa-8bbb-123456789abc/og.jpg")).toBe(true);
    for (const src of [
      "https://pelacak.example/piksel.gif",
      "https://warta.example/media/0192f5a4-3c1e-7aaa-8bbb-123456789abc/960.webp",
      "//pelacak.example/media/0192f5a4-3c1e-7aaa-8bbb-123456789abc/960.webp",
      "/media/../rahasia/960.webp",
      "/media/0192f5a4-3c1e-7aaa-8bbb-123456789abc/960.webp?lacak=1",
      "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
    ]) {
      expect(isSafeImageSrc(src)).toBe(false);
    }
  });
});

describe("articleBodySchema", () => {
  const nested = (levels: number) => {
    let node: unknown = { type: "paragraph", content: [{ type: "text", text: "Dalam." }] };
    for (let level = 0; level < levels; level++) node = { type: "blockquote", content: [node] };
    return { type: "doc", content: [node] };
  };

  it("refuses a body nested hundreds of levels deep with one clear message, without overflowing", () => {
    const result = articleBodySchema.safeParse(nested(800));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([BODY_TOO_DEEP_MESSAGE]);
    expect(articleBodySchema.safeParse(nested(100_000)).success).toBe(false);
  });

  it("accepts nesting up to the limit", () => {
    expect(articleBodySchema.safeParse(nested(MAX_BODY_DEPTH - 1)).success).toBe(true);
  });

  it("refuses an image from another host with the message the editor shows", () => {
    const result = articleBodySchema.safeParse({
      type: "doc",
      content: [{ type: "image", attrs: { src: "https://pelacak.example/piksel.gif", alt: "Piksel" } }],
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([EXTERNAL_IMAGE_MESSAGE]);
  });
});

describe("readStoredBody", () => {
  const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
  const tracker = { type: "image", attrs: { src: "https://pelacak.example/piksel.gif", alt: "" } };

  it("returns a valid body as it is", () => {
    const body = { type: "doc", content: [paragraph("Satu."), image("Foto")] };
    expect(readStoredBody(body)).toEqual({ body, dropped: 0 });
  });

  it("spells out a stored link that only looked local as the address it leads to", () => {
    const stored = { type: "doc", content: [paragraph("Tautan")] };
    const link = (href: string) => ({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Tautan", marks: [{ type: "link", attrs: { href } }] }] },
      ],
    });
    expect(readStoredBody(link("/\\evil.example/x")).body).toEqual(link("https://evil.example/x"));
    expect(readStoredBody(link("javascript:alert(1)")).body).toEqual({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Tautan", marks: [] }] }],
    });
    expect(readStoredBody(stored).dropped).toBe(0);
  });

  it("keeps what is valid, takes out foreign images and unsafe links, and drops blocks that fail", () => {
    const stored = {
      type: "doc",
      content: [
        paragraph("Sebelum."),
        tracker,
        { type: "blockquote", content: [paragraph("Kutipan."), tracker] },
        { type: "blockquote", content: [tracker] },
        { type: "script", content: "alert(1)" },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Tautan", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
          ],
        },
        paragraph("Sesudah."),
      ],
    };
    const { body, dropped } = readStoredBody(stored);
    expect(body.content).toEqual([
      paragraph("Sebelum."),
      { type: "blockquote", content: [paragraph("Kutipan.")] },
      { type: "paragraph", content: [{ type: "text", text: "Tautan", marks: [] }] },
      paragraph("Sesudah."),
    ]);
    expect(dropped).toBe(5);
  });

  it("never throws, whatever is stored", () => {
    let deep: unknown = paragraph("Dalam.");
    for (let level = 0; level < 5000; level++) deep = { type: "blockquote", content: [deep] };
    expect(readStoredBody({ type: "doc", content: [deep, paragraph("Terbaca.")] }).body.content).toEqual([
      paragraph("Terbaca."),
    ]);
    for (const raw of [null, "teks", 42, [], { type: "doc" }]) {
      expect(readStoredBody(raw).body).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    }
  });
});

describe("leadSentences", () => {
  it("keeps whole sentences that fit", () => {
    const text =
      "Pemkot membuka posyandu lansia di Sempaja.\nLayanan buka setiap Selasa pagi. Warga cukup membawa KTP. " +
      "Pemeriksaan meliputi tekanan darah, gula darah dan kolesterol, serta konsultasi gizi bagi lansia.";
    expect(leadSentences(text)).toBe(
      "Pemkot membuka posyandu lansia di Sempaja. Layanan buka setiap Selasa pagi. Warga cukup membawa KTP.",
    );
  });

  it("returns a short text whole and cuts one long sentence at a word", () => {
    expect(leadSentences("Rapat dimulai.")).toBe("Rapat dimulai.");
    const long = `Wali Kota ${"meninjau pembangunan jembatan ".repeat(10)}hari ini.`;
    const lead = leadSentences(long, 60);
    expect(lead).toBe("Wali Kota meninjau pembangunan jembatan meninjau…");
  });
});

describe("inline image caption and photo credit", () => {
  it("keeps an image's caption and credit through the allowlist", () => {
    const body = {
      type: "doc",
      content: [
        {
          type: "image",
          attrs: { ...image("Tanggul baru").attrs, title: "Tanggul Sungai Karang Mumus", credit: "Humas Pemkot" },
        },
      ],
    };
    const parsed = articleBodySchema.parse(body);
    expect(parsed.content[0]).toMatchObject({
      attrs: { title: "Tanggul Sungai Karang Mumus", credit: "Humas Pemkot" },
    });
  });

  it("prints the credit as “Foto: …” once, whatever the writer typed", () => {
    expect(photoCredit("Humas Pemkot")).toBe("Foto: Humas Pemkot");
    expect(photoCredit("foto:  Humas Pemkot ")).toBe("Foto: Humas Pemkot");
    expect(photoCredit("")).toBe("");
    expect(photoCredit(null)).toBe("");
  });
});
