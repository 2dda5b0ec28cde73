import { describe, expect, it } from "vitest";
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from "./structured-data";

const base = {
  url: "https://warta.example/berita/uji",
  headline: "Pemkot Tinjau Drainase",
  description: "Ringkasan.",
  publishedAt: new Date("2022-10-11T09:50:00Z"),
  updatedAt: new Date("2022-10-12T01:00:00Z"),
  authorName: "Prabawati",
  authorUrl: "https://warta.example/penulis/prabawati",
  section: "Infrastruktur",
  keywords: ["drainase", "banjir"],
  imageUrl: "https://warta.example/media/x/og.jpg",
  publisher: { name: "Humas", url: "https://warta.example", logoUrl: "https://warta.example/logo.png" },
  timeZone: "Asia/Makassar" as const,
};

describe("newsArticleJsonLd", () => {
  it("carries dates with the portal's offset", () => {
    const data = newsArticleJsonLd(base);
    expect(data.datePublished).toBe("2022-10-11T17:50:00+08:00");
    expect(data.dateModified).toBe("2022-10-12T09:00:00+08:00");
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.image).toEqual([base.imageUrl]);
    expect(data.author[0]?.name).toBe("Prabawati");
  });

  it("never dates a modification before publication", () => {
    const data = newsArticleJsonLd({ ...base, updatedAt: new Date("2022-10-01T00:00:00Z") });
    expect(data.dateModified).toBe(data.datePublished);
  });

  it("leaves out the image when there is none", () => {
    expect("image" in newsArticleJsonLd({ ...base, imageUrl: null })).toBe(false);
  });
});

describe("breadcrumbJsonLd", () => {
  it("numbers the trail from 1", () => {
    const data = breadcrumbJsonLd([
      { name: "Beranda", url: "https://warta.example/" },
      { name: "Infrastruktur", url: "https://warta.example/kategori/infrastruktur" },
    ]);
    expect(data.itemListElement.map((item) => item.position)).toEqual([1, 2]);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script tag it is embedded in", () => {
    const json = serializeJsonLd({ headline: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });
});
