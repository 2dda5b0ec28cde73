import { describe, expect, it } from "vitest";
import { attachmentDisposition, formatFileSize, storedFileName } from "./file-name";

describe("document file names", () => {
  it("keeps the uploaded name without folders or unsafe characters, with the proven extension", () => {
    expect(storedFileName("C:\\Users\\humas\\Perda 5 Tahun 2024.PDF", "pdf", "dokumen")).toBe("Perda 5 Tahun 2024.pdf");
    expect(storedFileName('lap"oran\u0000.exe', "pdf", "dokumen")).toBe("laporan.pdf");
    expect(storedFileName("", "docx", "sk-wali-kota")).toBe("sk-wali-kota.docx");
  });

  it("offers an ASCII name and the RFC 5987 UTF-8 name", () => {
    expect(attachmentDisposition("Perda 5.pdf")).toBe(
      `attachment; filename="Perda 5.pdf"; filename*=UTF-8''Perda%205.pdf`,
    );
    expect(attachmentDisposition("Laporan Kinerja – Année.pdf")).toBe(
      `attachment; filename="Laporan Kinerja _ Ann_e.pdf"; filename*=UTF-8''Laporan%20Kinerja%20%E2%80%93%20Ann%C3%A9e.pdf`,
    );
  });

  it("formats sizes in Indonesian", () => {
    expect(formatFileSize(1536 * 1024)).toBe("1,5 MB");
    expect(formatFileSize(300 * 1024)).toBe("300 KB");
  });
});
