import { describe, expect, it } from "vitest";
import { EMPTY_BODY, paragraphsToBody } from "@/lib/articles/body";
import type { ArticleFormValues } from "./article-form";
import {
  clearDrafts,
  draftKey,
  isSameDraft,
  readAnyDraft,
  readDraft,
  writeDraft,
  type DraftScope,
  type StoredDraft,
} from "./draft-storage";

/** localStorage's contract, in memory; `isFull` makes every write fail like an exceeded quota. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  isFull = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.isFull) throw new DOMException("quota", "QuotaExceededError");
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const values = (title: string): ArticleFormValues => ({
  title,
  slug: "",
  dateline: "Samarinda",
  excerpt: "",
  categoryId: "0194a3b2-0000-7000-8000-000000000001",
  tagIds: [],
  newTagNames: "",
  body: paragraphsToBody([`Isi ${title}`]),
  coverImageId: null,
  coverCaption: "",
});

const draft = (title: string, baseVersion = 3, savedAt = "2026-11-30T05:00:00.000Z"): StoredDraft => ({
  baseVersion,
  savedAt,
  values: values(title),
  pendingSaveIds: ["0194a3b2-0000-4000-8000-00000000000a"],
});

const writer: DraftScope = { ownerId: "u-1", articleKey: "a-1" };

describe("browser copies of unsaved text", () => {
  it("reads back what was written, keyed by person, article and base version", () => {
    const storage = new MemoryStorage();
    expect(writeDraft(storage, writer, draft("Banjir"))).toBe(true);
    expect(storage.getItem(draftKey(writer, 3))).not.toBeNull();
    expect(draftKey(writer, 3)).toBe("warta:draf:u-1:a-1:v3");
    expect(readDraft(storage, writer)).toEqual(draft("Banjir"));
  });

  it("keeps one copy per article: a copy from a newer version replaces the older one", () => {
    const storage = new MemoryStorage();
    writeDraft(storage, writer, draft("Lama", 3));
    writeDraft(storage, writer, draft("Baru", 4, "2026-11-30T05:01:00.000Z"));
    expect(storage.length).toBe(1);
    expect(readDraft(storage, writer)?.values.title).toBe("Baru");
  });

  it("never mixes people or articles", () => {
    const storage = new MemoryStorage();
    writeDraft(storage, writer, draft("Milik penulis"));
    expect(readDraft(storage, { ownerId: "u-2", articleKey: "a-1" })).toBeNull();
    expect(readDraft(storage, { ownerId: "u-1", articleKey: "a-2" })).toBeNull();
    expect(readDraft(storage, { ownerId: "u-1", articleKey: "baru" })).toBeNull();
  });

  it("finds any person's copy of an article for the error screen", () => {
    const storage = new MemoryStorage();
    writeDraft(storage, writer, draft("Milik penulis"));
    expect(readAnyDraft(storage, "a-1")?.values.title).toBe("Milik penulis");
    expect(readAnyDraft(storage, "a-2")).toBeNull();
  });

  it("clears every copy of the article after a save", () => {
    const storage = new MemoryStorage();
    writeDraft(storage, writer, draft("Satu"));
    storage.setItem(draftKey(writer, 1), JSON.stringify(draft("Sisa", 1)));
    writeDraft(storage, { ownerId: "u-1", articleKey: "a-2" }, draft("Lain"));
    clearDrafts(storage, writer);
    expect(readDraft(storage, writer)).toBeNull();
    expect(readDraft(storage, { ownerId: "u-1", articleKey: "a-2" })?.values.title).toBe("Lain");
  });

  it("offers the newest copy when an older one was left behind", () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey(writer, 2), JSON.stringify(draft("Pagi", 2, "2026-11-30T01:00:00.000Z")));
    storage.setItem(draftKey(writer, 3), JSON.stringify(draft("Siang", 3, "2026-11-30T05:00:00.000Z")));
    expect(readDraft(storage, writer)?.values.title).toBe("Siang");
  });

  it("ignores entries that are not copies, and keeps a body the server would refuse", () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey(writer, 1), "{not json");
    storage.setItem(draftKey(writer, 2), JSON.stringify({ ...draft("Tanpa waktu", 2), savedAt: "kemarin" }));
    expect(readDraft(storage, writer)).toBeNull();
    // A node the server's allowlist rejects is still the writer's text: the copy is kept.
    const odd = {
      ...draft("Aneh"),
      values: { ...values("Aneh"), body: { type: "doc", content: [{ type: "video" }] } },
    };
    storage.setItem(draftKey(writer, 3), JSON.stringify(odd));
    expect(readDraft(storage, writer)?.values.title).toBe("Aneh");
  });

  it("reports a full or missing storage instead of throwing", () => {
    const storage = new MemoryStorage();
    storage.isFull = true;
    expect(writeDraft(storage, writer, draft("Penuh"))).toBe(false);
    expect(writeDraft(null, writer, draft("Tanpa"))).toBe(false);
    expect(readDraft(null, writer)).toBeNull();
    expect(() => clearDrafts(null, writer)).not.toThrow();
  });

  it("compares texts regardless of key order, and tells different ones apart", () => {
    const a = values("Sama");
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as ArticleFormValues;
    expect(isSameDraft(a, reordered)).toBe(true);
    expect(isSameDraft(a, values("Beda"))).toBe(false);
    expect(isSameDraft(a, { ...a, body: EMPTY_BODY })).toBe(false);
  });

  it("ignores the empty attributes the editor adds to a stored body", () => {
    const stored = values("Sama");
    const fromEditor = {
      ...stored,
      body: {
        type: "doc",
        content: [{ type: "paragraph", attrs: { textAlign: null }, content: [{ type: "text", text: "Isi Sama" }] }],
      },
    } as unknown as ArticleFormValues;
    expect(isSameDraft(stored, fromEditor)).toBe(true);
  });
});
