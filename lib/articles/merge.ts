import type { ArticleBody } from "./body";

/**
 * "Timpa dengan versi saya" after a save conflict, field by field: a three-way merge of what
 * this editor started from (base), what they have now (mine) and what someone else stored
 * (theirs). A field only one side changed takes that side's value, so the other editor's
 * work on fields this editor never touched survives; a field both changed differently is a
 * clash the editor decides. Pure module (the editor imports it).
 */

export type MergeValues = {
  title: string;
  slug: string;
  dateline: string;
  excerpt: string;
  categoryId: string;
  tagIds: string[];
  body: ArticleBody;
  coverImageId: string | null;
  coverCaption: string;
};

export const MERGE_FIELDS = [
  "title",
  "slug",
  "dateline",
  "excerpt",
  "categoryId",
  "tagIds",
  "body",
  "coverImageId",
  "coverCaption",
] as const satisfies readonly (keyof MergeValues)[];

export type MergeField = (typeof MERGE_FIELDS)[number];

/** How staff name the fields in the conflict panel. */
export const MERGE_FIELD_LABELS: Record<MergeField, string> = {
  title: "Judul",
  slug: "Slug",
  dateline: "Dateline",
  excerpt: "Ringkasan",
  categoryId: "Kategori",
  tagIds: "Tag",
  body: "Isi berita",
  coverImageId: "Gambar sampul",
  coverCaption: "Keterangan foto",
};

function same(field: MergeField, a: MergeValues, b: MergeValues): boolean {
  if (field === "tagIds") return JSON.stringify([...a.tagIds].sort()) === JSON.stringify([...b.tagIds].sort());
  return JSON.stringify(a[field]) === JSON.stringify(b[field]);
}

export type MergeResult<V extends MergeValues> = {
  /** Mine, with the fields only they changed taken from theirs; clashes keep mine until decided. */
  merged: V;
  /** Fields only the other editor changed: taken from theirs. */
  fromTheirs: MergeField[];
  /** Fields both changed, differently: the editor chooses. */
  clashes: MergeField[];
};

export function mergeVersions<V extends MergeValues>(base: MergeValues, mine: V, theirs: MergeValues): MergeResult<V> {
  const merged: V = { ...mine };
  const fromTheirs: MergeField[] = [];
  const clashes: MergeField[] = [];
  for (const field of MERGE_FIELDS) {
    if (same(field, mine, theirs) || same(field, base, theirs)) continue;
    if (same(field, base, mine)) {
      // CASE: only they changed it: keep their work.
      (merged as MergeValues)[field] = theirs[field] as never;
      fromTheirs.push(field);
    } else {
      clashes.push(field);
    }
  }
  return { merged, fromTheirs, clashes };
}

/** The merge with each clash settled: "theirs" takes the stored value, anything else keeps mine. */
export function settleClashes<V extends MergeValues>(
  result: MergeResult<V>,
  theirs: MergeValues,
  choices: Partial<Record<MergeField, "mine" | "theirs">>,
): V {
  const settled: V = { ...result.merged };
  for (const field of result.clashes) {
    if (choices[field] === "theirs") (settled as MergeValues)[field] = theirs[field] as never;
  }
  return settled;
}
