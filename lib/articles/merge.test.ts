import { describe, expect, it } from "vitest";
import { paragraphsToBody } from "./body";
import { mergeVersions, settleClashes, type MergeValues } from "./merge";

const base: MergeValues = {
  title: "Judul awal",
  slug: "judul-awal",
  dateline: "Samarinda",
  excerpt: "Ringkasan awal.",
  categoryId: "c1",
  tagIds: ["t1", "t2"],
  body: paragraphsToBody(["Paragraf awal."]),
  coverImageId: null,
  coverCaption: "",
};

describe("mergeVersions", () => {
  it("keeps the other editor's changes to fields this editor never touched", () => {
    const mine = { ...base, title: "Judul saya", newTagNames: "" };
    const theirs = { ...base, excerpt: "Ringkasan redaktur.", tagIds: ["t2", "t1", "t3"] };
    const result = mergeVersions(base, mine, theirs);
    expect(result.clashes).toEqual([]);
    expect(result.fromTheirs).toEqual(["excerpt", "tagIds"]);
    expect(result.merged).toEqual({ ...mine, excerpt: "Ringkasan redaktur.", tagIds: ["t2", "t1", "t3"] });
  });

  it("asks only about fields both changed differently, and settles them as chosen", () => {
    const mine = { ...base, title: "Judul saya", body: paragraphsToBody(["Isi saya."]), dateline: "Balikpapan" };
    const theirs = {
      ...base,
      title: "Judul redaktur",
      body: paragraphsToBody(["Isi redaktur."]),
      dateline: "Balikpapan",
    };
    const result = mergeVersions(base, mine, theirs);
    expect(result.clashes).toEqual(["title", "body"]);
    expect(result.fromTheirs).toEqual([]);
    const settled = settleClashes(result, theirs, { title: "theirs", body: "mine" });
    expect(settled.title).toBe("Judul redaktur");
    expect(settled.body).toEqual(paragraphsToBody(["Isi saya."]));
    expect(settled.dateline).toBe("Balikpapan");
  });
});
