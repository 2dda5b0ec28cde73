import { rm } from "node:fs/promises";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { FieldConflictError, ForbiddenError, RuleViolationError } from "@/lib/errors";
import type * as MediaStorageModule from "@/lib/media/storage";
import { NO_REQUEST } from "@/lib/request";
import { createTestActor } from "@/lib/testing/actors";
import { makeDocx, makeExecutable, makePdf, makeXlsx } from "@/lib/testing/document-files";
import { uniqueSuffix } from "@/lib/testing/factories";
import { READER_CAP } from "@/lib/views/limits";
import { countDownload, downloadDocument } from "./downloads";
import { UNSUPPORTED_DOCUMENT_MESSAGE } from "./file-type";
import { createDocument, deleteDocument, setDocumentPublished, updateDocument } from "./mutations";
import { getPublishedDocument, listDocuments, listDocumentYears, searchDocuments } from "./queries";
import type { DocumentInput } from "./schema";
import { getDocumentForStaff, listDocumentsForStaff } from "./staff-queries";

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, cacheLife: () => {}, cacheTag: () => {} }));

// Files go to a folder of this test's own, through the real disk backend.
const mediaRoot = vi.hoisted(() => `/tmp/warta-documents-test-${process.pid}-${Date.now()}`);
vi.mock("@/lib/media/storage", async (importOriginal) => {
  const actual = await importOriginal<typeof MediaStorageModule>();
  const storage = actual.createDiskStorage(mediaRoot);
  return { ...actual, getMediaStorage: () => storage };
});

const made = { userIds: [] as string[], documentIds: [] as string[] };
afterAll(async () => {
  await db.auditEvent.deleteMany({ where: { actorId: { in: made.userIds } } });
  await db.document.deleteMany({ where: { id: { in: made.documentIds } } });
  await db.user.deleteMany({ where: { id: { in: made.userIds } } });
  await rm(mediaRoot, { recursive: true, force: true });
});
beforeEach(() => revalidateTag.mockClear());

async function actor(role: "ADMIN" | "EDITOR" | "WRITER"): Promise<Actor> {
  const created = await createTestActor(role);
  made.userIds.push(created.id);
  return created;
}

function input(overrides: Partial<DocumentInput> = {}): DocumentInput {
  const suffix = uniqueSuffix();
  return {
    title: `Peraturan Daerah Uji ${suffix}`,
    slug: `perda-uji-${suffix}`,
    number: "Nomor 5 Tahun 2024",
    year: 2024,
    type: "PERDA",
    issuer: "Bagian Hukum",
    description: "Tentang uji.",
    ...overrides,
  };
}

async function upload(by: Actor, data = input(), file = { bytes: makePdf(), name: "perda.pdf" }) {
  const { id } = await createDocument(by, data, file);
  made.documentIds.push(id);
  return { id, ...data };
}

describe("document uploads are checked by their bytes", () => {
  it("refuses a renamed executable with the Indonesian reason, storing nothing", async () => {
    const editor = await actor("EDITOR");
    const data = input();
    const refused = createDocument(editor, data, { bytes: makeExecutable(), name: "laporan.pdf" });
    await expect(refused).rejects.toBeInstanceOf(RuleViolationError);
    await expect(refused).rejects.toThrow(UNSUPPORTED_DOCUMENT_MESSAGE);
    expect(await db.document.count({ where: { slug: data.slug } })).toBe(0);
  });

  it("stores a real PDF under its content hash with the proven type, and its text for search", async () => {
    const editor = await actor("EDITOR");
    const suffix = uniqueSuffix();
    const pdf = makePdf(`Rencana Kerja Pembangunan Daerah Samarinda zq${suffix}`);
    const created = await upload(editor, input({ type: "RKPD" }), { bytes: pdf, name: "C:\\dok\\RKPD 2025.pdf" });
    const row = await db.document.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.fileKey).toMatch(/^dokumen\/[0-9a-f]{64}\.pdf$/);
    expect(row).toMatchObject({ mimeType: "application/pdf", fileName: "RKPD 2025.pdf", byteSize: pdf.byteLength });
    expect(row.fileText).toContain(`zq${suffix}`);

    await setDocumentPublished(editor, created.id, true);
    const hits = await searchDocuments(`zq${suffix}`);
    expect(hits.map((hit) => hit.slug)).toEqual([created.slug]);
  });

  it("accepts real DOCX and XLSX files; the same bytes twice share one stored file", async () => {
    const editor = await actor("EDITOR");
    const docx = makeDocx(`SK ${uniqueSuffix()}`);
    const first = await upload(editor, input({ type: "SK" }), { bytes: docx, name: "sk.docx" });
    const second = await upload(editor, input({ type: "SK" }), { bytes: docx, name: "sk-salinan.docx" });
    const rows = await db.document.findMany({ where: { id: { in: [first.id, second.id] } } });
    expect(rows.map((row) => row.mimeType)).toEqual([
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]);
    expect(rows[0]?.fileKey).toBe(rows[1]?.fileKey);
    // Deleting one keeps the file the other still names.
    await deleteDocument(editor, first.id);
    await setDocumentPublished(editor, second.id, true);
    expect(await downloadDocument(second.slug, NO_REQUEST, { isReader: false })).not.toBeNull();

    const xlsx = await upload(editor, input({ type: "APBD" }), { bytes: makeXlsx(), name: "apbd.xlsx" });
    expect((await db.document.findUniqueOrThrow({ where: { id: xlsx.id } })).fileName).toBe("apbd.xlsx");
  });

  it("refuses an empty file and a replacement that is not a document, keeping the old file", async () => {
    const editor = await actor("EDITOR");
    await expect(createDocument(editor, input(), { bytes: new Uint8Array(), name: "x.pdf" })).rejects.toThrow(
      "Berkas kosong.",
    );
    const created = await upload(editor);
    const before = await db.document.findUniqueOrThrow({ where: { id: created.id } });
    await expect(
      updateDocument(editor, created.id, created, { bytes: makeExecutable(), name: "baru.docx" }),
    ).rejects.toBeInstanceOf(RuleViolationError);
    expect((await db.document.findUniqueOrThrow({ where: { id: created.id } })).fileKey).toBe(before.fileKey);
  });
});

describe("document workflow, permissions and public reads", () => {
  it("a new document is hidden until published; publishing stamps the time, audits and expires the lists", async () => {
    const editor = await actor("EDITOR");
    const created = await upload(editor, input({ year: 1999, type: "LAPORAN" }));
    expect(await getPublishedDocument(created.slug)).toBeNull();
    expect(
      (await listDocuments({ type: "LAPORAN", year: 1999, page: 1 })).items.map((item) => item.slug),
    ).not.toContain(created.slug);
    revalidateTag.mockClear();
    await setDocumentPublished(editor, created.id, true);
    expect(revalidateTag.mock.calls.map(([tag]) => tag).sort()).toEqual(
      ["documents:lists", `document:${created.slug}`].sort(),
    );
    const page = await getPublishedDocument(created.slug);
    expect(page).toMatchObject({ title: created.title, typeLabel: "Laporan", year: 1999 });
    expect(page?.publishedAt.getTime()).toBeGreaterThan(0);
    const filtered = await listDocuments({ type: "LAPORAN", year: 1999, page: 1 });
    expect(filtered.items.map((item) => item.slug)).toContain(created.slug);
    expect((await listDocuments({ type: "PERDA", year: 1999, page: 1 })).items.map((item) => item.slug)).not.toContain(
      created.slug,
    );
    expect(await listDocumentYears()).toContain(1999);

    await setDocumentPublished(editor, created.id, false);
    expect(await getPublishedDocument(created.slug)).toBeNull();
    const events = await db.auditEvent.findMany({ where: { targetId: created.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["document.create", "document.publish", "document.unpublish"]);
  });

  it("writers may not upload, edit, publish, delete or list documents", async () => {
    const writer = await actor("WRITER");
    const editor = await actor("EDITOR");
    const created = await upload(editor);
    await expect(createDocument(writer, input(), { bytes: makePdf(), name: "x.pdf" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(updateDocument(writer, created.id, created, null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setDocumentPublished(writer, created.id, true)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteDocument(writer, created.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listDocumentsForStaff(writer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getDocumentForStaff(writer, created.id)).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await actor("ADMIN");
    await expect(setDocumentPublished(admin, created.id, true)).resolves.toBeUndefined();
  });

  it("refuses a slug another document has", async () => {
    const editor = await actor("EDITOR");
    const first = await upload(editor);
    await expect(
      createDocument(editor, input({ slug: first.slug }), { bytes: makePdf(), name: "x.pdf" }),
    ).rejects.toBeInstanceOf(FieldConflictError);
  });
});

describe("downloads are counted like views", () => {
  const reader = (ip: string) => ({ ip, userAgent: "Mozilla/5.0 (Uji)" });

  it("counts a reader once per 30 minutes, never a crawler, and serves a hidden document to nobody", async () => {
    const editor = await actor("EDITOR");
    const created = await upload(editor);
    expect(await downloadDocument(created.slug, reader("203.0.113.7"), { isReader: true })).toBeNull();
    await setDocumentPublished(editor, created.id, true);
    const now = new Date();
    const file = await downloadDocument(created.slug, reader("203.0.113.7"), { isReader: true, now });
    expect(file).toMatchObject({ mimeType: "application/pdf", fileName: "perda.pdf" });
    await downloadDocument(created.slug, reader("203.0.113.7"), {
      isReader: true,
      now: new Date(now.getTime() + 60_000),
    });
    await downloadDocument(created.slug, reader("203.0.113.8"), { isReader: false, now });
    expect((await getPublishedDocument(created.slug))?.downloads).toBe(1);
    await downloadDocument(created.slug, reader("203.0.113.7"), {
      isReader: true,
      now: new Date(now.getTime() + 31 * 60_000),
    });
    expect(Number((await db.document.findUniqueOrThrow({ where: { id: created.id } })).downloads)).toBe(2);
  });

  it("stops counting a reader past the per-window cap across documents", async () => {
    const editor = await actor("EDITOR");
    const ip = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    const now = new Date();
    const counted: boolean[] = [];
    for (let index = 0; index <= READER_CAP; index++) {
      const created = await upload(editor);
      await setDocumentPublished(editor, created.id, true);
      counted.push(await countDownload(created.id, { ip, userAgent: `Uji ${ip}` }, now));
    }
    expect(counted.filter(Boolean)).toHaveLength(READER_CAP);
    expect(counted.at(-1)).toBe(false);
  });
});
