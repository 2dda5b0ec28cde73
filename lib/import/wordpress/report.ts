import type { WxrFileNotes } from "./wxr";

/**
 * What an import did, in a shape the command line prints and a dashboard page can show
 * as it is. Reasons are Indonesian: staff read them. Pure module.
 */

/** One post that was skipped, failed, or came across with a remark. */
export type PostNote = { wpId: number | null; title: string; reason: string };

export type MissingImage = { wpId: number | null; url: string; reason: string };

export type ImportReport = {
  fileName: string;
  isDryRun: boolean;
  startedAt: Date;
  durationMs: number;
  site: { title: string; url: string };
  file: WxrFileNotes;
  posts: { found: number; imported: number; skipped: number; failed: number };
  skipped: PostNote[];
  failed: PostNote[];
  /** Remarks on imported posts: a shortened title, tags past the limit, extra categories. */
  warnings: PostNote[];
  /** Items that are not posts (pages, attachments, menu items), by type; never imported. */
  otherItems: Record<string, number>;
  /** Body elements dropped with their content, by kind. */
  dropped: Record<string, number>;
  /** Formatting removed while the text was kept, by kind. */
  unwrapped: Record<string, number>;
  images: { imported: number; missing: MissingImage[]; withoutAlt: number };
  /** Links in bodies that still point at files of the old uploads folder. */
  uploadLinks: number;
  created: { authors: string[]; categories: string[]; tags: string[] };
  legacyUrls: number;
  views: { key: string | null; articles: number };
};

/** Progress for a command line or a page: scanning the file first, then each post. */
export type ImportProgress =
  | { phase: "scan"; items: number }
  | { phase: "import"; processed: number; total: number; imported: number; skipped: number; failed: number };

export function emptyReport(fileName: string, isDryRun: boolean, startedAt: Date): ImportReport {
  return {
    fileName,
    isDryRun,
    startedAt,
    durationMs: 0,
    site: { title: "", url: "" },
    file: { encoding: "utf-8", unknownEncoding: null, invalidBytes: 0, parseErrors: 0, isComplete: false },
    posts: { found: 0, imported: 0, skipped: 0, failed: 0 },
    skipped: [],
    failed: [],
    warnings: [],
    otherItems: {},
    dropped: {},
    unwrapped: {},
    images: { imported: 0, missing: [], withoutAlt: 0 },
    uploadLinks: 0,
    created: { authors: [], categories: [], tags: [] },
    legacyUrls: 0,
    views: { key: null, articles: 0 },
  };
}

export function addCounts(target: Record<string, number>, source: Readonly<Record<string, number>>): void {
  for (const [key, value] of Object.entries(source)) target[key] = (target[key] ?? 0) + value;
}

export function total(counter: Readonly<Record<string, number>>): number {
  return Object.values(counter).reduce((sum, value) => sum + value, 0);
}

/** How many times each reason occurs, most frequent first. */
export function reasonsOf(notes: readonly PostNote[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note.reason, (counts.get(note.reason) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function counterLines(counter: Readonly<Record<string, number>>): string[] {
  return Object.entries(counter)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, value]) => `    ${key}: ${value}`);
}

function noteLines(notes: readonly PostNote[], limit: number): string[] {
  const lines = notes
    .slice(0, limit)
    .map((note) => `    #${note.wpId ?? "?"} ${note.title ? `"${note.title}"` : ""}: ${note.reason}`);
  if (notes.length > limit) lines.push(`    … dan ${notes.length - limit} lagi`);
  return lines;
}

/** The report as plain text for the command line; `limit` caps each list of posts or images. */
export function formatReport(report: ImportReport, limit = 20): string {
  const seconds = (report.durationMs / 1000).toFixed(1);
  const lines = [
    report.isDryRun ? "UJI COBA (--dry-run): tidak ada yang disimpan." : "Impor WordPress selesai.",
    `  Berkas: ${report.fileName} (${report.file.encoding}${report.file.unknownEncoding ? `, pengodean "${report.file.unknownEncoding}" tidak dikenal` : ""})`,
    ...(report.site.title || report.site.url
      ? [`  Situs lama: ${report.site.title} ${report.site.url}`.trimEnd()]
      : []),
    `  Waktu: ${seconds} detik`,
    "",
    `Pos ditemukan: ${report.posts.found}`,
    `  diimpor: ${report.posts.imported}`,
    `  dilewati: ${report.posts.skipped}`,
    ...reasonsOf(report.skipped).map(([reason, count]) => `    ${reason}: ${count}`),
    `  gagal: ${report.posts.failed}`,
    ...noteLines(report.failed, limit),
  ];
  if (Object.keys(report.otherItems).length > 0) {
    lines.push("Item lain (tidak diimpor):", ...counterLines(report.otherItems));
  }
  lines.push(`Elemen isi yang dibuang: ${total(report.dropped)}`, ...counterLines(report.dropped));
  if (total(report.unwrapped) > 0) {
    lines.push(`Format yang dilepas (teks tetap): ${total(report.unwrapped)}`, ...counterLines(report.unwrapped));
  }
  lines.push(
    `Gambar diimpor: ${report.images.imported}`,
    `Gambar hilang: ${report.images.missing.length}`,
    ...report.images.missing.slice(0, limit).map((image) => `    #${image.wpId ?? "?"} ${image.url}: ${image.reason}`),
    ...(report.images.missing.length > limit ? [`    … dan ${report.images.missing.length - limit} lagi`] : []),
  );
  if (report.images.withoutAlt > 0)
    lines.push(`Gambar tanpa teks alternatif (lengkapi di editor): ${report.images.withoutAlt}`);
  if (report.uploadLinks > 0) {
    lines.push(
      `Tautan ke berkas unggahan situs lama (PDF, dokumen) yang masih mengarah ke sana: ${report.uploadLinks}`,
    );
  }
  lines.push(
    `Akun penulis dibuat (nonaktif): ${report.created.authors.length}${report.created.authors.length ? ` (${report.created.authors.join(", ")})` : ""}`,
    `Kategori dibuat: ${report.created.categories.length}${report.created.categories.length ? ` (${report.created.categories.join(", ")})` : ""}`,
    `Tag dibuat: ${report.created.tags.length}`,
    `Alamat lama yang dialihkan: ${report.legacyUrls}`,
    `Jumlah tayang diimpor: ${report.views.articles} artikel${report.views.key ? ` (meta "${report.views.key}")` : ""}`,
  );
  if (report.warnings.length > 0)
    lines.push(`Catatan: ${report.warnings.length}`, ...noteLines(report.warnings, limit));
  if (report.file.invalidBytes > 0) {
    lines.push(`Byte bukan UTF-8 yang dibaca sebagai Windows-1252: ${report.file.invalidBytes}`);
  }
  if (report.file.parseErrors > 0) lines.push(`Kesalahan XML yang dilewati: ${report.file.parseErrors}`);
  if (!report.file.isComplete) lines.push("PERINGATAN: berkas berakhir sebelum </rss>; mungkin terpotong.");
  return lines.join("\n");
}
