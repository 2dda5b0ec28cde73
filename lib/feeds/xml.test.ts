import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  buildNewsSitemap,
  buildRss,
  buildSitemap,
  buildSitemapIndex,
  escapeXml,
  stripInvalidXmlChars,
  type RssItem,
} from "./xml";

// 11 October 2022, 09.50 UTC: 17.50 WITA (lib/time covers every zone).
const moment = new Date("2022-10-11T09:50:00Z");

describe("escapeXml", () => {
  it("escapes markup and both quotes", () => {
    expect(escapeXml(`Banjir & "longsor" <di> Sungai 'Karang' Mumus`)).toBe(
      "Banjir &amp; &quot;longsor&quot; &lt;di&gt; Sungai &apos;Karang&apos; Mumus",
    );
  });

  it("does not double-escape what looks like an entity", () => {
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("drops characters XML 1.0 forbids and keeps the ones it allows", () => {
    expect(stripInvalidXmlChars("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFF")).toBe("abcdefgh");
    expect(stripInvalidXmlChars("tab\there\nline\rend")).toBe("tab\there\nline\rend");
    expect(stripInvalidXmlChars("Kaltim 🌧️ é")).toBe("Kaltim 🌧️ é");
    expect(stripInvalidXmlChars("lone \uD800 high and \uDC00 low")).toBe("lone  high and  low");
  });
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

const item = (overrides: Partial<RssItem> = {}): RssItem => ({
  title: "Wali Kota Tinjau Banjir <Sempaja> & Lempake",
  link: "https://warta.example/berita/wali-kota-tinjau-banjir",
  description: "Ringkasan \u0007dengan karakter kendali.",
  publishedAt: moment,
  creator: "Prabawati",
  category: "Pemerintahan",
  enclosure: null,
  ...overrides,
});

const channel = {
  title: "Warta Samarinda",
  link: "https://warta.example/",
  selfUrl: "https://warta.example/rss.xml",
  description: "Kabar resmi",
  language: "id",
  lastBuildDate: moment,
  timeZone: "Asia/Makassar" as const,
};

describe("buildRss", () => {
  it("builds a well-formed RSS 2.0 channel with every item field", () => {
    const xml = buildRss(channel, [
      item({ enclosure: { url: "https://warta.example/media/abc/og.jpg?a=1&b=2", length: 0, type: "image/jpeg" } }),
      item({ link: "https://warta.example/berita/kedua", title: "Kedua" }),
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parser.parse(xml).rss;
    expect(rss["@version"]).toBe("2.0");
    expect(rss.channel.language).toBe("id");
    expect(rss.channel.lastBuildDate).toBe("Tue, 11 Oct 2022 17:50:00 +0800");
    expect(rss.channel["atom:link"]).toMatchObject({ "@href": channel.selfUrl, "@rel": "self" });
    const [first, second] = rss.channel.item;
    expect(first).toMatchObject({
      title: "Wali Kota Tinjau Banjir <Sempaja> & Lempake",
      link: "https://warta.example/berita/wali-kota-tinjau-banjir",
      guid: { "#text": "https://warta.example/berita/wali-kota-tinjau-banjir", "@isPermaLink": "true" },
      pubDate: "Tue, 11 Oct 2022 17:50:00 +0800",
      "dc:creator": "Prabawati",
      category: "Pemerintahan",
      description: "Ringkasan dengan karakter kendali.",
      enclosure: { "@url": "https://warta.example/media/abc/og.jpg?a=1&b=2", "@length": "0", "@type": "image/jpeg" },
    });
    expect(second.enclosure).toBeUndefined();
    expect(xml).not.toContain("<author>");
  });

  it("is valid with no items", () => {
    const xml = buildRss(channel, []);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).rss.channel.item).toBeUndefined();
  });
});

describe("buildNewsSitemap", () => {
  const publication = { name: "Warta & Kabar", language: "id", timeZone: "Asia/Makassar" as const };

  it("declares the news namespace and fills every required field", () => {
    const xml = buildNewsSitemap(publication, [
      { url: "https://warta.example/berita/a", title: 'Judul "A"', publishedAt: moment },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urlset = parser.parse(xml).urlset;
    expect(urlset["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(urlset.url).toMatchObject({
      loc: "https://warta.example/berita/a",
      "news:news": {
        "news:publication": { "news:name": "Warta & Kabar", "news:language": "id" },
        "news:publication_date": "2022-10-11T17:50:00+08:00",
        "news:title": 'Judul "A"',
      },
    });
  });

  it("is a valid, empty urlset when nothing is recent", () => {
    const xml = buildNewsSitemap(publication, []);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  });
});

describe("buildSitemap", () => {
  it("lists each address with the optional fields it has, escaped", () => {
    const xml = buildSitemap(
      [
        { url: "https://warta.example/", lastModified: moment, changeFrequency: "hourly", priority: 1 },
        { url: "https://warta.example/cari?q=a&b" },
      ],
      "Asia/Makassar",
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("<loc>https://warta.example/cari?q=a&amp;b</loc>");
    expect(xml).toContain("<priority>1.0</priority>");
    const urlset = parser.parse(xml).urlset;
    expect(urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset.url).toEqual([
      { loc: "https://warta.example/", lastmod: "2022-10-11T17:50:00+08:00", changefreq: "hourly", priority: 1 },
      { loc: "https://warta.example/cari?q=a&b" },
    ]);
  });
});

describe("buildSitemapIndex", () => {
  it("names each sitemap, with its last change when known", () => {
    const xml = buildSitemapIndex(
      [
        { url: "https://warta.example/sitemap/halaman.xml", lastModified: moment },
        { url: "https://warta.example/sitemap/artikel-1.xml" },
      ],
      "Asia/Jakarta",
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const index = parser.parse(xml).sitemapindex;
    expect(index["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(index.sitemap).toEqual([
      { loc: "https://warta.example/sitemap/halaman.xml", lastmod: "2022-10-11T16:50:00+07:00" },
      { loc: "https://warta.example/sitemap/artikel-1.xml" },
    ]);
  });
});
