import { describe, expect, it } from "vitest";
import { articleBodySchema, type BodyNode } from "@/lib/articles/body";
import { convertWordPressBody, htmlToPlainText, replaceImageSources } from "./convert-body";

function convert(html: string, options = {}) {
  const result = convertWordPressBody(html, options);
  // Whatever comes out must pass the same allowlist the editor's saves go through.
  expect(
    articleBodySchema.safeParse(
      replaceImageSources(result.body, () => "/media/0192f5a4-3c1e-7aaa-8bbb-123456789abc/960.webp"),
    ).success,
  ).toBe(true);
  return result;
}

const text = (value: string, marks?: unknown[]) =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });

describe("classic editor content", () => {
  it("makes paragraphs from blank lines and line breaks from single newlines, as wpautop does", () => {
    const { body } = convert(
      "Samarinda - Paragraf pertama.\r\n\r\nBaris satu\nbaris dua.\n\n\n<strong>Tebal</strong> dan <em>miring</em>.",
    );
    expect(body.content).toEqual([
      paragraph(text("Samarinda - Paragraf pertama.")),
      paragraph(text("Baris satu"), { type: "hardBreak" }, text("baris dua.")),
      paragraph(text("Tebal", [{ type: "bold" }]), text(" dan "), text("miring", [{ type: "italic" }]), text(".")),
    ]);
  });

  it("treats <br> beside a newline as one break and two <br> as a new paragraph", () => {
    const { body } = convert("Nama: Budi<br />\nJabatan: Camat<br /> <br />Paragraf baru\n<br>akhir");
    expect(body.content).toEqual([
      paragraph(text("Nama: Budi"), { type: "hardBreak" }, text("Jabatan: Camat")),
      paragraph(text("Paragraf baru"), { type: "hardBreak" }, text("akhir")),
    ]);
  });

  it("keeps explicit paragraphs and drops empty ones left by the editor", () => {
    const { body } = convert('<p>Satu</p>\n<p>&nbsp;</p>\n<p style="text-align: center;">Dua</p>');
    expect(body.content).toEqual([
      paragraph(text("Satu")),
      { type: "paragraph", attrs: { textAlign: "center" }, content: [text("Dua")] },
    ]);
  });

  it("turns a [caption] shortcode into an image with its caption", () => {
    const { body, images } = convert(
      '[caption id="attachment_7" align="aligncenter" width="640"]<a href="https://lama.go.id/wp-content/uploads/2022/10/foto.jpg"><img class="size-large wp-image-7" src="https://lama.go.id/wp-content/uploads/2022/10/foto-1024x683.jpg" alt="" /></a> Wali Kota meninjau banjir[/caption]\n\nTeks berita.',
      { attachmentAlt: (id: number) => (id === 7 ? "Wali Kota di lokasi banjir" : undefined) },
    );
    expect(body.content).toEqual([
      {
        type: "image",
        attrs: {
          src: "https://lama.go.id/wp-content/uploads/2022/10/foto-1024x683.jpg",
          alt: "Wali Kota di lokasi banjir",
          title: "Wali Kota meninjau banjir",
        },
      },
      paragraph(text("Teks berita.")),
    ]);
    expect(images).toEqual([
      {
        src: "https://lama.go.id/wp-content/uploads/2022/10/foto-1024x683.jpg",
        alt: "Wali Kota di lokasi banjir",
        caption: "Wali Kota meninjau banjir",
        attachmentId: 7,
      },
    ]);
  });

  it("lifts an image out of the paragraph around it", () => {
    const { body } = convert('Sebelum <img src="/wp-content/uploads/a.jpg" alt="Gambar A"> sesudah.');
    expect(body.content.map((node) => node.type)).toEqual(["paragraph", "image", "paragraph"]);
  });

  it("drops plugin shortcodes and counts them, unwraps page-builder layout, and leaves bracketed text alone", () => {
    const result = convert(
      '[vc_row][vc_column]Isi berita [Foto: Humas].[/vc_column][/vc_row]\n\n[gallery ids="1,2,3"]\n\n[embed]https://www.youtube.com/watch?v=x[/embed]\n\n[contact-form-7 id="9"]',
    );
    expect(result.body.content).toEqual([paragraph(text("Isi berita [Foto: Humas]."))]);
    expect(result.dropped).toEqual({ "shortcode:gallery": 1, "shortcode:embed": 1, "shortcode:contact-form-7": 1 });
    expect(result.unwrapped).toEqual({ "shortcode:vc_row": 1, "shortcode:vc_column": 1 });
  });
});

describe("shortcodes", () => {
  it("reads the old caption attribute form, and handles unknown plugin shortcodes by shape", () => {
    const result = convert(
      '[caption caption="Banjir &amp; longsor <b>x</b>"]<img src="/wp-content/uploads/a.jpg" alt="A">[/caption]\n\n[foo_bar id="1"]\n\n[custom-box]Isi kotak[/custom-box]\n\n[[escaped]] dan [1]',
    );
    expect(result.body.content).toEqual([
      { type: "image", attrs: { src: "/wp-content/uploads/a.jpg", alt: "A", title: "Banjir & longsor <b>x</b>" } },
      paragraph(text("Isi kotak")),
      paragraph(text("[[escaped]] dan [1]")),
    ]);
    expect(result.dropped).toEqual({ "shortcode:foo_bar": 1 });
    expect(result.unwrapped).toEqual({ "shortcode:custom-box": 1 });
  });
});

describe("Gutenberg content", () => {
  const post = `<!-- wp:paragraph -->
<p><strong>SAMARINDA</strong> – Pemerintah Kota
menggelar rapat.</p>
<!-- /wp:paragraph -->

<!-- wp:heading {"level":1} -->
<h1>Judul Bagian</h1>
<!-- /wp:heading -->

<!-- wp:heading {"level":5} -->
<h5 class="has-text-align-center">Sub Bagian</h5>
<!-- /wp:heading -->

<!-- wp:image {"id":42,"sizeSlug":"large"} -->
<figure class="wp-block-image size-large"><img src="https://lama.go.id/wp-content/uploads/2023/01/rapat.jpg" alt="Rapat" class="wp-image-42"/><figcaption>Rapat koordinasi</figcaption></figure>
<!-- /wp:image -->

<!-- wp:embed {"url":"https://youtu.be/x","type":"video","providerNameSlug":"youtube"} -->
<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">
https://youtu.be/x
</div></figure>
<!-- /wp:embed -->

<!-- wp:list {"ordered":true,"start":3} -->
<ol start="3"><li>Satu</li><li>Dua<ul><li>Anak</li></ul></li></ol>
<!-- /wp:list -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>Kutipan</p><cite>Wali Kota</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Kecamatan</th><th>Jumlah</th></tr></thead><tbody><tr><td colspan="2">Total <a href="javascript:alert(1)">x</a></td></tr><tr><td></td><td>3</td></tr></tbody></table><figcaption>Sumber: BPBD</figcaption></figure>
<!-- /wp:table -->

<!-- wp:html -->
<iframe src="https://maps.google.com"></iframe><script>alert(1)</script>
<!-- /wp:html -->

<!-- wp:latest-posts /-->

<!-- wp:separator -->
<hr class="wp-block-separator"/>
<!-- /wp:separator -->

<!-- wp:paragraph -->
<p>Kunjungi <a href="https://lama.go.id/2022/10/11/berita-lain/">berita lain</a> dan <a href="https://lama.go.id/wp-content/uploads/2022/10/laporan.pdf">laporan</a>. (Prb/ty)</p>
<!-- /wp:paragraph -->`;

  it("converts every allowed block and treats newlines as spaces", () => {
    const result = convert(post, { siteOrigins: ["https://lama.go.id"] });
    const types = result.body.content.map((node) => node.type);
    expect(types).toEqual([
      "paragraph",
      "heading",
      "heading",
      "image",
      "orderedList",
      "blockquote",
      "table",
      "paragraph",
      "horizontalRule",
      "paragraph",
    ]);
    const [first, h1, h5, image, list, quote, table, tableCaption] = result.body.content as BodyNode[];
    expect(first).toEqual(
      paragraph(text("SAMARINDA", [{ type: "bold" }]), text(" – Pemerintah Kota menggelar rapat.")),
    );
    expect(h1).toEqual({ type: "heading", attrs: { level: 2 }, content: [text("Judul Bagian")] });
    expect(h5).toEqual({ type: "heading", attrs: { level: 4, textAlign: "center" }, content: [text("Sub Bagian")] });
    expect(image).toEqual({
      type: "image",
      attrs: {
        src: "https://lama.go.id/wp-content/uploads/2023/01/rapat.jpg",
        alt: "Rapat",
        title: "Rapat koordinasi",
      },
    });
    expect(list).toMatchObject({ type: "orderedList", attrs: { start: 3 } });
    expect(JSON.stringify(list)).toContain('"bulletList"');
    expect(quote).toEqual({ type: "blockquote", content: [paragraph(text("Kutipan")), paragraph(text("Wali Kota"))] });
    expect(table).toMatchObject({
      type: "table",
      content: [
        { type: "tableRow", content: [{ type: "tableHeader" }, { type: "tableHeader" }] },
        {
          type: "tableRow",
          content: [{ type: "tableCell", attrs: { colspan: 2 }, content: [paragraph(text("Total x"))] }],
        },
        { type: "tableRow", content: [{ type: "tableCell", content: [{ type: "paragraph" }] }, { type: "tableCell" }] },
      ],
    });
    expect(tableCaption).toEqual(paragraph(text("Sumber: BPBD")));
    expect(result.body.content.at(-1)).toEqual(
      paragraph(
        text("Kunjungi "),
        text("berita lain", [{ type: "link", attrs: { href: "/2022/10/11/berita-lain/" } }]),
        text(" dan "),
        text("laporan", [{ type: "link", attrs: { href: "/wp-content/uploads/2022/10/laporan.pdf" } }]),
        text(". (Prb/ty)"),
      ),
    );
    expect(result.dropped).toEqual({
      "block:embed:youtube": 1,
      "link:unsafe": 1,
      iframe: 1,
      script: 1,
      "block:latest-posts": 1,
    });
    expect(result.uploadLinks).toBe(1);
    expect(result.images.map((image) => image.attachmentId)).toEqual([42]);
  });

  it("takes gallery pictures as images, not as a bulleted list", () => {
    const { body } = convert(`<!-- wp:gallery {"ids":[1,2]} -->
<figure class="wp-block-gallery"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="/a.jpg" alt="A"/><figcaption>Satu</figcaption></figure></li><li class="blocks-gallery-item"><figure><img src="/b.jpg" alt="B"/></figure></li></ul></figure>
<!-- /wp:gallery -->`);
    expect(body.content).toEqual([
      { type: "image", attrs: { src: "/a.jpg", alt: "A", title: "Satu" } },
      { type: "image", attrs: { src: "/b.jpg", alt: "B" } },
    ]);
  });
});

describe("odd markup", () => {
  it("reads the real image behind a lazy-loading placeholder", () => {
    const { images } = convert(
      '<p><img src="data:image/gif;base64,R0lGOD" data-lazy-src="/wp-content/uploads/x.jpg" alt="X"></p>',
    );
    expect(images.map((image) => image.src)).toEqual(["/wp-content/uploads/x.jpg"]);
  });

  it("keeps the text of unknown and presentational wrappers and counts lost formatting", () => {
    const result = convert(
      '<p><span style="color:red"><font face="Arial">Teks</font></span> <code>kode</code> <mark>tanda</mark></p>',
    );
    expect(result.body.content).toEqual([paragraph(text("Teks kode tanda"))]);
    expect(result.unwrapped).toEqual({ code: 1, mark: 1 });
    expect(result.dropped).toEqual({});
  });

  it("repairs Windows-1252 references and control characters", () => {
    const { body } = convert("<p>Pembangunan &#150; tahap \u0093dua\u0094\u000b selesai.</p>");
    expect(body.content).toEqual([paragraph(text("Pembangunan – tahap “dua” selesai."))]);
  });

  it("gives an empty document one empty paragraph", () => {
    expect(convert("<script>x</script>").body).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });

  it("splits a text longer than the allowlist permits in one node", () => {
    const { body } = convert(`<p>${"a".repeat(45_000)}</p>`);
    expect((body.content[0] as { content: unknown[] }).content).toHaveLength(3);
  });
});

describe("replaceImageSources", () => {
  it("swaps stored images in and removes missing ones without leaving empty containers", () => {
    const { body } = convert(
      '<ul><li><img src="/missing.jpg" alt="a"></li></ul><blockquote><img src="/missing.jpg" alt="b"></blockquote><p><img src="/ok.jpg" alt="c"></p>',
    );
    const replaced = replaceImageSources(body, (src) =>
      src === "/ok.jpg" ? "/media/0192f5a4-3c1e-7aaa-8bbb-000000000001/960.webp" : null,
    );
    expect(replaced.content).toEqual([
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
      { type: "image", attrs: { src: "/media/0192f5a4-3c1e-7aaa-8bbb-000000000001/960.webp", alt: "c" } },
    ]);
    expect(articleBodySchema.safeParse(replaced).success).toBe(true);
  });
});

describe("htmlToPlainText", () => {
  it("decodes entities and drops tags in titles", () => {
    expect(htmlToPlainText("Wali Kota &#8220;Resmikan&#8221; <em>Jembatan</em> &amp; Taman")).toBe(
      "Wali Kota “Resmikan” Jembatan & Taman",
    );
  });
});
