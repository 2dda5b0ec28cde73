import { describe, expect, it } from "vitest";
import { createRuntimeFilter, isReaderDocument, isRuntimeElement } from "./public-scripts.mjs";

const PAGE = [
  '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<script src="/_next/static/chunks/d.js" noModule=""></script>',
  '<script src="/site.js" async=""></script>',
  "<title>Berita</title></head><body>",
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a \\u003c/script\\u003e"}</script>',
  "<main><p>Isi berita</p></main>",
  "<script>requestAnimationFrame(function(){$RT=performance.now()});</script>",
  '<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '<div hidden id="S:1"><p>Hasil</p></div><script>$RC("B:1","S:1")</script>',
  "</body></html>",
].join("");

const EXPECTED = [
  '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<script src="/site.js" async=""></script>',
  "<title>Berita</title></head><body>",
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a \\u003c/script\\u003e"}</script>',
  "<main><p>Isi berita</p></main>",
  "<script>requestAnimationFrame(function(){$RT=performance.now()});</script>",
  '<div hidden id="S:1"><p>Hasil</p></div><script>$RC("B:1","S:1")</script>',
  "</body></html>",
].join("");

function filterInChunks(html: string, size: number): string {
  const filter = createRuntimeFilter();
  let out = "";
  for (let index = 0; index < html.length; index += size) out += filter.push(html.slice(index, index + size));
  return out + filter.end();
}

describe("createRuntimeFilter", () => {
  it("leaves out the runtime's scripts and keeps the page, its styles, data and React's reveal scripts", () => {
    expect(filterInChunks(PAGE, PAGE.length)).toBe(EXPECTED);
  });

  it.each([1, 2, 5, 7, 13, 64])("gives the same page whatever the chunk size (%i)", (size) => {
    expect(filterInChunks(PAGE, size)).toBe(EXPECTED);
  });

  it("passes text with a lone < through unchanged, also at the very end", () => {
    expect(filterInChunks("<p>1 &lt; 2</p><", 3)).toBe("<p>1 &lt; 2</p><");
    expect(filterInChunks("<p>a</p><scr", 4)).toBe("<p>a</p><scr");
  });
});

describe("isRuntimeElement", () => {
  it.each([
    ['<script src="/_next/static/chunks/x.js" async=""></script>', true],
    ["<script src='/_next/static/chunks/x.js'></script>", true],
    ['<link rel="modulepreload" href="/_next/static/chunks/x.js"/>', true],
    ['<link rel="preload" href="/_next/static/media/font.woff2" as="font"/>', false],
    ['<link rel="preload" href="/media/1/480.webp" as="image"/>', false],
    ['<script src="/site.js"></script>', false],
    ['<script type="application/ld+json">{"a":"self.__next_f"}</script>', false],
    ['<script>self.__next_f.push([1,"x"])</script>', true],
    ['<script>$RC("B:0","S:0")</script>', false],
  ])("%s → %s", (element, expected) => {
    expect(isRuntimeElement(element)).toBe(expected);
  });
});

describe("isReaderDocument", () => {
  const page = { method: "GET", pathname: "/berita/a", statusCode: 200, contentType: "text/html; charset=utf-8" };
  it("is true for a public page", () => {
    expect(isReaderDocument(page)).toBe(true);
    expect(isReaderDocument({ ...page, method: "HEAD" })).toBe(true);
  });
  it.each([
    ["the dashboard", { pathname: "/dashboard/artikel" }],
    ["sign-in", { pathname: "/login" }],
    ["an error page", { statusCode: 503 }],
    ["a not-found page", { statusCode: 404 }],
    ["a redirect", { statusCode: 308 }],
    ["an RSC payload", { contentType: "text/x-component" }],
    ["a feed", { contentType: "application/rss+xml" }],
    ["a form post", { method: "POST" }],
    ["an already compressed body", { contentEncoding: "gzip" }],
  ])("is false for %s", (_name, change) => {
    expect(isReaderDocument({ ...page, ...change })).toBe(false);
  });
});
