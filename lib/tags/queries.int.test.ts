import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createTestActor } from "@/lib/testing/actors";
import { deleteTestRows, uniqueSuffix } from "@/lib/testing/factories";
import { createManyTestTags, deleteTestTags } from "@/lib/testing/tag-factories";
import { getTagOptions, searchTagOptions } from "./queries";
import { TAG_SEARCH_LIMIT } from "./schema";

const marker = uniqueSuffix();
const tagIds: string[] = [];
const userIds: string[] = [];
let writer: Actor;
const names = [
  `Sungai ${marker}`,
  `Banjir ${marker}`,
  `Banjir Rob ${marker}`,
  `Pasca Banjir ${marker}`,
  `Korban Kebanjiran ${marker}`,
  `Diskon 50% ${marker}`,
  `Diskon 50 ${marker}`,
];

beforeAll(async () => {
  writer = await createTestActor("WRITER");
  userIds.push(writer.id);
  for (const [index, name] of names.entries()) {
    tagIds.push((await db.tag.create({ data: { slug: `tag-cari-${marker}-${index}`, name } })).id);
  }
});

afterAll(async () => {
  await deleteTestTags(tagIds);
  await deleteTestRows({ userIds });
});

describe("searchTagOptions", () => {
  it("puts the exact name first, then names starting with the text, then a word starting with it", async () => {
    const found = (await searchTagOptions(writer, `banjir ${marker}`)).map((tag) => tag.name);
    expect(found).toEqual([`Banjir ${marker}`, `Pasca Banjir ${marker}`]);
    const byWord = (await searchTagOptions(writer, "banjir"))
      .map((tag) => tag.name)
      .filter((name) => name.includes(marker));
    expect(byWord).toEqual([
      `Banjir ${marker}`,
      `Banjir Rob ${marker}`,
      `Pasca Banjir ${marker}`,
      `Korban Kebanjiran ${marker}`,
    ]);
  });

  it("reads % and _ as letters, and answers nothing for blank text", async () => {
    const found = (await searchTagOptions(writer, `50% ${marker}`)).map((tag) => tag.name);
    expect(found).toEqual([`Diskon 50% ${marker}`]);
    expect(await searchTagOptions(writer, "   ")).toEqual([]);
  });

  it(`returns at most ${TAG_SEARCH_LIMIT} of thousands`, async () => {
    const prefix = `Massal ${marker}`;
    tagIds.push(...(await createManyTestTags(prefix, 300)));
    const found = await searchTagOptions(writer, prefix);
    expect(found).toHaveLength(TAG_SEARCH_LIMIT);
    expect(found[0]?.name).toBe(`${prefix} 0001`);
  });
});

describe("getTagOptions", () => {
  it("names the tags asked for by id, by name, and leaves unknown ids out", async () => {
    const [first = "", second = ""] = tagIds;
    const found = await getTagOptions(writer, [second, first, "00000000-0000-7000-8000-000000000000"]);
    expect(found.map((tag) => tag.name)).toEqual([`Banjir ${marker}`, `Sungai ${marker}`]);
  });
});
