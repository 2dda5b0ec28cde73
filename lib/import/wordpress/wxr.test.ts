import { describe, expect, it } from "vitest";
import { renderWxrFixture } from "@/lib/testing/wxr";
import { WxrReader, type WxrItem } from "./wxr";

async function readAll(source: (Uint8Array | string)[]) {
  const reader = new WxrReader();
  const items: WxrItem[] = [];
  async function* stream() {
    yield* source;
  }
  for await (const item of reader.items(stream())) items.push(item);
  return { reader, items };
}

function bytesIn(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return chunks;
}

const wrap = (items: string, declaration = '<?xml version="1.0" encoding="UTF-8"?>') =>
  `${declaration}<rss><channel><title>Situs</title>${items}</channel></rss>`;

describe("WxrReader", () => {
  it("reads the channel and every item of a classic export, in small chunks", async () => {
    const xml = await renderWxrFixture("classic", { run: "x", idBase: 1000, existing: "redaksi" });
    const { reader, items } = await readAll(bytesIn(xml, 97));
    expect(reader.channel).toMatchObject({
      title: "Humas Pemkot Samarinda",
      baseSiteUrl: "https://humas.lama.example",
      wxrVersion: "1.2",
    });
    expect(reader.channel.authors.map((author) => [author.login, author.displayName])).toEqual([
      ["redaksi", "Redaktur Lama"],
      ["prabawatix", "Prabawati Sari"],
    ]);
    expect(reader.channel.categories).toEqual([
      { termId: 1901, slug: "pemerintahan-x", name: "Pemerintahan", parentSlug: "", description: "" },
      {
        termId: 1902,
        slug: "ekonomi-x",
        name: "Ekonomi &amp; Keuangan",
        parentSlug: "pemerintahan-x",
        description: "Berita ekonomi daerah",
      },
    ]);
    expect(reader.channel.tags.map((tag) => tag.slug)).toEqual(["banjir-x"]);
    expect(items.map((item) => [item.postId, item.postType, item.status])).toEqual([
      [1001, "post", "publish"],
      [1002, "post", "publish"],
      [1003, "post", "draft"],
      [1004, "post", "publish"],
      [1005, "page", "publish"],
      [1006, "post", "publish"],
      [1050, "attachment", "inherit"],
      [1051, "attachment", "inherit"],
      [1052, "nav_menu_item", "publish"],
    ]);
    const [first, second] = items;
    expect(first).toMatchObject({
      creator: "prabawatix",
      postName: "wali-kota-tinjau-banjir-x",
      postDate: "2022-10-11 17:50:00",
      postDateGmt: "2022-10-11 09:50:00",
      terms: [
        { domain: "category", slug: "ekonomi-x", name: "Ekonomi &amp; Keuangan" },
        { domain: "post_tag", slug: "banjir-x", name: "Banjir" },
        { domain: "post_tag", slug: "sungai-karang-mumus-x", name: "Sungai Karang Mumus" },
      ],
    });
    expect(first?.meta).toEqual(
      new Map([
        ["_thumbnail_id", "1050"],
        ["post_views_count", "1234"],
      ]),
    );
    expect(first?.content).toContain("[caption");
    // Readers' comments are skipped, not kept anywhere.
    expect(JSON.stringify(items)).not.toContain("Komentar pembaca");
    expect(JSON.stringify(items)).not.toContain("akismet");
    // XML entities decoded, C1 references repaired; HTML entities inside stay for the HTML step.
    expect(second?.title).toBe(
      "Pasar Murah – Harga \u00a0Sembako &#8220;Terjangkau&#8221; di Kecamatan \u00a0Sungai Kunjang",
    );
    expect(reader.notes).toEqual({
      encoding: "utf-8",
      unknownEncoding: null,
      invalidBytes: 0,
      parseErrors: 0,
      isComplete: true,
    });
  });

  it("reads a Windows-1252 file and strips characters XML does not allow", async () => {
    const xml = wrap(
      "<item><title>\u0093Kutip\u0094 \u0001caf\u00e9</title><wp:post_id>7</wp:post_id><content:encoded><![CDATA[a ]]]]><![CDATA[> b]]></content:encoded></item>",
      '<?xml version="1.0" encoding="windows-1252"?>',
    );
    const bytes = Uint8Array.from(
      [...xml].map((character) => {
        const code = character.charCodeAt(0);
        return code === 0x201c ? 0x93 : code === 0x201d ? 0x94 : code;
      }),
    );
    const { reader, items } = await readAll([bytes]);
    expect(items[0]).toMatchObject({ postId: 7, title: "“Kutip” café", content: "a ]]> b" });
    expect(reader.notes.encoding).toBe("windows-1252");
  });

  it("delivers the items before a cut-off and says the file is incomplete", async () => {
    const xml = wrap("<item><wp:post_id>1</wp:post_id></item><item><wp:post_id>2</wp:post_id>").replace(
      "</channel></rss>",
      "",
    );
    const { reader, items } = await readAll(bytesIn(xml, 10));
    expect(items.map((item) => item.postId)).toEqual([1]);
    expect(reader.notes.isComplete).toBe(false);
  });

  it("tolerates HTML entities and stray ampersands outside CDATA", async () => {
    const { items } = await readAll([
      wrap("<item><title>A &rsquo; B & C &hellip;</title><wp:post_id>abc</wp:post_id></item>"),
    ]);
    expect(items[0]).toMatchObject({ title: "A ’ B & C …", postId: null });
  });
});
