import { randomInt } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * WordPress export files for tests and the import benchmark: the hand-written fixtures
 * in tests/fixtures/wordpress (with names and post IDs made unique per run), and a
 * generator of large realistic exports, streamed so a 5,000-post file is never a string.
 */

const FIXTURES_DIR = path.join(import.meta.dirname, "..", "..", "tests", "fixtures", "wordpress");

export type FixtureValues = {
  /** Appended to slugs and logins ("-a1b2c3"), so runs never collide. */
  run: string;
  /** Added to every `{id:N}`, so post IDs are unique in the database. */
  idBase: number;
  /** The login of an existing staff account, for `{existing}`. */
  existing: string;
};

/** A post-ID base no other test run is likely to use. */
export function uniqueIdBase(): number {
  return randomInt(1_000, 2_000_000) * 1_000;
}

/** A fixture with its placeholders filled in. */
export async function renderWxrFixture(name: "classic" | "gutenberg", values: FixtureValues): Promise<string> {
  const template = await readFile(path.join(FIXTURES_DIR, `${name}.xml`), "utf8");
  return template
    .replaceAll("{run}", values.run)
    .replaceAll("{existing}", values.existing)
    .replace(/\{id:(\d+)\}/g, (_match, offset: string) => String(values.idBase + Number(offset)));
}

const PLACES = ["SAMARINDA", "Samarinda", "Balikpapan", "TENGGARONG", "Bontang"];
const SIGN_OFFS = ["(Prb/ty)", "(Hms/prb)", "(adv)", "(Dkm/ed)"];
const SENTENCES = [
  "Pemerintah kota terus memperbaiki layanan publik bagi warga di seluruh kecamatan.",
  "Kegiatan ini dihadiri camat, lurah, dan perwakilan organisasi perangkat daerah.",
  "Warga diminta tetap waspada terhadap genangan air saat hujan deras turun.",
  "Anggaran kegiatan bersumber dari APBD tahun berjalan dan dikelola secara transparan.",
  "Petugas akan melakukan pemantauan rutin hingga akhir bulan depan.",
  "Program ini diharapkan meningkatkan kesejahteraan masyarakat secara merata.",
  "Wali Kota menegaskan pentingnya kerja sama antarinstansi dalam penanganan masalah ini.",
  "Informasi lebih lanjut dapat diperoleh melalui kantor kelurahan setempat.",
];
const TITLE_WORDS = ["Wali Kota", "Pemkot", "Dinas Kesehatan", "BPBD", "Warga", "Camat", "DPRD", "Disdikbud"];
const TITLE_VERBS = ["Tinjau", "Resmikan", "Gelar", "Bahas", "Sosialisasikan", "Dukung", "Evaluasi", "Luncurkan"];
const TITLE_OBJECTS = [
  "Banjir",
  "Pasar Murah",
  "Vaksinasi",
  "Jembatan Baru",
  "Posyandu",
  "Bank Sampah",
  "Festival Budaya",
  "Beasiswa",
];

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

function escapeCdata(text: string): string {
  return text.replaceAll("]]>", "]]]]><![CDATA[>");
}

export type GeneratedWxrOptions = {
  posts: number;
  run: string;
  idBase: number;
  /** Relative paths under uploads; posts use them in turn as featured images (none when empty). */
  imageFiles?: readonly string[];
  /** Every how many posts one has a featured image. */
  imageEvery?: number;
};

/**
 * A WXR 1.2 file of `posts` published posts, alternately classic-editor and Gutenberg,
 * with datelines, sign-offs, eight categories, forty tags, six authors, view counts and
 * the occasional draft, yielded in pieces of a few posts.
 */
export async function* generateWxr(options: GeneratedWxrOptions): AsyncGenerator<string> {
  const { run, idBase } = options;
  const images = options.imageFiles ?? [];
  const imageEvery = options.imageEvery ?? 1;
  const site = "https://humas.contoh.example";
  const header = [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">',
    "<channel>",
    "<title>Humas Kota Contoh</title>",
    `<link>${site}</link>`,
    "<wp:wxr_version>1.2</wp:wxr_version>",
    `<wp:base_site_url>${site}</wp:base_site_url>`,
    `<wp:base_blog_url>${site}</wp:base_blog_url>`,
  ];
  for (let author = 0; author < 6; author++) {
    header.push(
      `<wp:author><wp:author_id>${author + 1}</wp:author_id><wp:author_login><![CDATA[penulis${author}-${run}]]></wp:author_login><wp:author_display_name><![CDATA[${pick(["Prabawati", "Hendra", "Sri Wahyuni", "Agus", "Dewi", "Rahmat"], author)} ${run}]]></wp:author_display_name></wp:author>`,
    );
  }
  for (let category = 0; category < 8; category++) {
    header.push(
      `<wp:category><wp:term_id>${idBase + 900_000 + category}</wp:term_id><wp:category_nicename><![CDATA[kat${category}-${run}]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Kategori ${category} ${run}]]></wp:cat_name></wp:category>`,
    );
  }
  yield `${header.join("\n")}\n`;

  const attachments: string[] = [];
  let chunk: string[] = [];
  for (let index = 0; index < options.posts; index++) {
    const id = idBase + index + 1;
    const date = new Date(Date.UTC(2019, 0, 1) + index * 3_600_000 * 7);
    const gmt = date.toISOString().slice(0, 19).replace("T", " ");
    const local = new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
    const title = `${pick(TITLE_WORDS, index)} ${pick(TITLE_VERBS, index * 3 + 1)} ${pick(TITLE_OBJECTS, index * 5 + 2)} ${index + 1}`;
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${run}`;
    const paragraphs = Array.from(
      { length: 5 + (index % 4) },
      (_, p) => `${pick(SENTENCES, index + p)} ${pick(SENTENCES, index + p + 3)}`,
    );
    const dateline = `${pick(PLACES, index)} – `;
    const signOff = ` ${pick(SIGN_OFFS, index)}`;
    const isBlocks = index % 2 === 1;
    const content = isBlocks
      ? [
          `<!-- wp:paragraph -->\n<p><strong>${dateline.trim().split(" ")[0]}</strong> – ${paragraphs[0]}</p>\n<!-- /wp:paragraph -->`,
          `<!-- wp:heading -->\n<h2>Bagian ${index + 1}</h2>\n<!-- /wp:heading -->`,
          ...paragraphs.slice(1, -1).map((text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`),
          `<!-- wp:list -->\n<ul><li>Butir pertama</li><li>Butir <em>kedua</em></li></ul>\n<!-- /wp:list -->`,
          `<!-- wp:paragraph -->\n<p>${paragraphs.at(-1)}${signOff}</p>\n<!-- /wp:paragraph -->`,
        ].join("\n\n")
      : [
          `${dateline}${paragraphs[0]}`,
          ...paragraphs.slice(1, -1),
          `<strong>Catatan:</strong> ${paragraphs.at(-1)}${signOff}`,
        ].join("\n\n");
    const status = index % 50 === 49 ? "draft" : "publish";
    const tags = [0, 1, 2].map((offset) => {
      const tag = (index * 7 + offset * 13) % 40;
      return `<category domain="post_tag" nicename="tag${tag}-${run}"><![CDATA[Tag ${tag} ${run}]]></category>`;
    });
    const meta = [
      `<wp:postmeta><wp:meta_key><![CDATA[post_views_count]]></wp:meta_key><wp:meta_value><![CDATA[${(index * 37) % 5000}]]></wp:meta_value></wp:postmeta>`,
    ];
    const image = images.length > 0 && index % imageEvery === 0 ? pick(images, index / imageEvery) : null;
    if (image) {
      const attachmentId = idBase + 500_000 + index;
      meta.push(
        `<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[${attachmentId}]]></wp:meta_value></wp:postmeta>`,
      );
      attachments.push(
        `<item><title>foto ${index}</title><wp:post_id>${attachmentId}</wp:post_id><wp:post_parent>${id}</wp:post_parent><wp:status><![CDATA[inherit]]></wp:status><wp:post_type><![CDATA[attachment]]></wp:post_type><wp:attachment_url><![CDATA[${site}/wp-content/uploads/${image}]]></wp:attachment_url><excerpt:encoded><![CDATA[Keterangan foto ${index + 1}]]></excerpt:encoded><wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[Foto kegiatan ${index + 1}]]></wp:meta_value></wp:postmeta></item>`,
      );
    }
    chunk.push(`<item>
<title><![CDATA[${title}]]></title>
<link>${site}/${gmt.slice(0, 4)}/${gmt.slice(5, 7)}/${gmt.slice(8, 10)}/${slug}/</link>
<dc:creator><![CDATA[penulis${index % 6}-${run}]]></dc:creator>
<guid isPermaLink="false">${site}/?p=${id}</guid>
<content:encoded><![CDATA[${escapeCdata(content)}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date><![CDATA[${local}]]></wp:post_date>
<wp:post_date_gmt><![CDATA[${gmt}]]></wp:post_date_gmt>
<wp:post_name><![CDATA[${slug}]]></wp:post_name>
<wp:status><![CDATA[${status}]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>
<wp:post_password><![CDATA[]]></wp:post_password>
<category domain="category" nicename="kat${index % 8}-${run}"><![CDATA[Kategori ${index % 8} ${run}]]></category>
${tags.join("\n")}
${meta.join("\n")}
</item>
`);
    if (chunk.length >= 20) {
      yield chunk.join("");
      chunk = [];
    }
  }
  yield chunk.join("");
  // Attachments after the posts that use them, as WordPress usually writes them.
  for (let start = 0; start < attachments.length; start += 200)
    yield `${attachments.slice(start, start + 200).join("\n")}\n`;
  yield "</channel>\n</rss>\n";
}
