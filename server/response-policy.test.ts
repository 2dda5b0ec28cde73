import { describe, expect, it } from "vitest";
import {
  enforceResponsePolicy,
  isPrivatePath,
  PRIVATE_CACHE_CONTROL,
  SURROGATE_KEY_HEADER,
  surrogateKeysFromTags,
} from "./response-policy.mjs";

function response(headers: Record<string, string>) {
  const map = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return {
    getHeader: (name: string) => map.get(name.toLowerCase()),
    setHeader: (name: string, value: string) => map.set(name.toLowerCase(), value),
    removeHeader: (name: string) => map.delete(name.toLowerCase()),
    map,
  };
}

const PUBLIC = "s-maxage=60, stale-while-revalidate=3540";

describe("surrogateKeysFromTags", () => {
  it("keeps application tags, drops Next's implicit path tags, adds the site-wide key", () => {
    expect(surrogateKeysFromTags(["_N_T_/layout", "_N_T_/berita/a", "article:a", "articles:lists"])).toBe(
      "site article:a articles:lists",
    );
  });

  it("drops anything that could split or inject a header value", () => {
    expect(surrogateKeysFromTags(["ok:1", "bad key", "bad,key", "bad\nkey"])).toBe("site ok:1");
  });
});

describe("isPrivatePath", () => {
  it.each(["/dashboard", "/dashboard/artikel", "/api/views", "/login", "/logout", "/ganti-sandi"])(
    "%s is private",
    (path) => {
      expect(isPrivatePath(path)).toBe(true);
    },
  );
  it.each(["/", "/berita/api-banjir", "/loginx", "/kategori/dashboard"])("%s is public", (path) => {
    expect(isPrivatePath(path)).toBe(false);
  });
});

describe("enforceResponsePolicy", () => {
  it("leaves a public page with its keys alone", () => {
    const res = response({ "cache-control": PUBLIC, [SURROGATE_KEY_HEADER]: "site article:a" });
    enforceResponsePolicy(res, { method: "GET", pathname: "/berita/a", statusCode: 200 });
    expect(res.map.get("cache-control")).toBe(PUBLIC);
    expect(res.map.get(SURROGATE_KEY_HEADER)).toBe("site article:a");
  });

  it("makes a response that sets a cookie private, whatever it claimed", () => {
    const res = response({ "cache-control": PUBLIC, "set-cookie": "a=b", [SURROGATE_KEY_HEADER]: "site" });
    enforceResponsePolicy(res, { method: "GET", pathname: "/", statusCode: 200 });
    expect(res.map.get("cache-control")).toBe(PRIVATE_CACHE_CONTROL);
    expect(res.map.has(SURROGATE_KEY_HEADER)).toBe(false);
  });

  it("never shares the dashboard, the API or sign-in", () => {
    for (const pathname of ["/dashboard", "/api/health", "/login"]) {
      const res = response({ "cache-control": PUBLIC });
      enforceResponsePolicy(res, { method: "GET", pathname, statusCode: 200 });
      expect(res.map.get("cache-control")).toBe(PRIVATE_CACHE_CONTROL);
    }
    const silent = response({});
    enforceResponsePolicy(silent, { method: "GET", pathname: "/dashboard/artikel", statusCode: 200 });
    expect(silent.map.get("cache-control")).toBe(PRIVATE_CACHE_CONTROL);
  });

  it("never shares a POST or a server error", () => {
    const post = response({ "cache-control": PUBLIC });
    enforceResponsePolicy(post, { method: "POST", pathname: "/berita/a", statusCode: 200 });
    expect(post.map.get("cache-control")).toBe(PRIVATE_CACHE_CONTROL);
    const failed = response({ "cache-control": PUBLIC });
    enforceResponsePolicy(failed, { method: "GET", pathname: "/", statusCode: 503 });
    expect(failed.map.get("cache-control")).toBe(PRIVATE_CACHE_CONTROL);
  });

  it("keeps a real 404 shareable for its short lifetime", () => {
    const res = response({ "cache-control": PUBLIC });
    enforceResponsePolicy(res, { method: "GET", pathname: "/berita/tidak-ada", statusCode: 404 });
    expect(res.map.get("cache-control")).toBe(PUBLIC);
  });
});
