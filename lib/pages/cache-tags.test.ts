import { describe, expect, it } from "vitest";
import { pageChangeTags, type PageCacheKey } from "./cache-tags";

const published: PageCacheKey = { slug: "profil", title: "Profil", isPublished: true, position: 0 };

describe("pageChangeTags", () => {
  it("a body edit of a published page expires its page only, not the whole site", () => {
    expect(pageChangeTags(published, { ...published })).toEqual(["page:profil"]);
  });

  it("publishing, hiding, renaming, moving or reordering a menu entry expires the menu too", () => {
    const hidden = { ...published, isPublished: false };
    expect(pageChangeTags(hidden, published)).toEqual(["page:profil", "pages:menu"]);
    expect(pageChangeTags(published, hidden)).toEqual(["page:profil", "pages:menu"]);
    expect(pageChangeTags(published, { ...published, title: "Profil Kota" })).toContain("pages:menu");
    expect(pageChangeTags(published, { ...published, position: 3 })).toContain("pages:menu");
    expect(pageChangeTags(published, { ...published, slug: "profil-kota" })).toEqual([
      "page:profil",
      "page:profil-kota",
      "pages:menu",
    ]);
  });

  it("changes to a hidden page leave the menu alone", () => {
    const hidden = { ...published, isPublished: false };
    expect(pageChangeTags(hidden, { ...hidden, title: "Baru", position: 4 })).toEqual(["page:profil"]);
    expect(pageChangeTags(null, hidden)).toEqual(["page:profil"]);
  });
});
