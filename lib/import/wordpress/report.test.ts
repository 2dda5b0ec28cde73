import { describe, expect, it } from "vitest";
import { emptyReport, formatReport, reasonsOf } from "./report";

describe("formatReport", () => {
  it("prints counts, reasons, dropped elements and missing images", () => {
    const report = emptyReport("ekspor.xml", true, new Date("2026-11-30T00:00:00Z"));
    report.durationMs = 1_500;
    report.file.isComplete = true;
    report.posts = { found: 4, imported: 1, skipped: 2, failed: 1 };
    report.skipped = [
      { wpId: 1, title: "A", reason: "Sudah diimpor sebelumnya." },
      { wpId: 2, title: "B", reason: "Sudah diimpor sebelumnya." },
    ];
    report.failed = [{ wpId: 3, title: "C", reason: "Judul kosong." }];
    report.dropped = { iframe: 2, "shortcode:gallery": 1 };
    report.images.missing = [
      { wpId: 4, url: "https://lama.example/wp-content/uploads/x.jpg", reason: "Berkas tidak ada" },
    ];
    const text = formatReport(report);
    expect(text).toContain("UJI COBA (--dry-run): tidak ada yang disimpan.");
    expect(text).toContain("Waktu: 1.5 detik");
    expect(text).toContain("    Sudah diimpor sebelumnya.: 2");
    expect(text).toContain('    #3 "C": Judul kosong.');
    expect(text).toContain("Elemen isi yang dibuang: 3\n    iframe: 2\n    shortcode:gallery: 1");
    expect(text).toContain("Gambar hilang: 1\n    #4 https://lama.example/wp-content/uploads/x.jpg: Berkas tidak ada");
    expect(text).not.toContain("terpotong");
  });

  it("warns about a cut-off file and caps long lists", () => {
    const report = emptyReport("x.xml", false, new Date());
    report.failed = Array.from({ length: 25 }, (_, index) => ({ wpId: index, title: "", reason: "Gagal" }));
    const text = formatReport(report, 20);
    expect(text).toContain("… dan 5 lagi");
    expect(text).toContain("PERINGATAN: berkas berakhir sebelum </rss>; mungkin terpotong.");
  });

  it("orders reasons by frequency", () => {
    expect(
      reasonsOf([
        { wpId: 1, title: "", reason: "b" },
        { wpId: 2, title: "", reason: "a" },
        { wpId: 3, title: "", reason: "b" },
      ]),
    ).toEqual([
      ["b", 2],
      ["a", 1],
    ]);
  });
});
