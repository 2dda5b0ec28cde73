import { describe, expect, it } from "vitest";
import { attachmentFileName, isPdf } from "./pdf";

const text = (value: string) => new TextEncoder().encode(value);
const minimalPdf = text(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n${"x".repeat(80)}\ntrailer\n%%EOF\n`);

describe("isPdf", () => {
  it("accepts a PDF by its header and trailer", () => {
    expect(isPdf(minimalPdf)).toBe(true);
  });

  it("refuses a renamed executable, an image and a truncated PDF", () => {
    const executable = new Uint8Array(200);
    executable.set(text("MZ"), 0);
    executable.set(text("%%EOF"), 190);
    expect(isPdf(executable)).toBe(false);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(100)]);
    expect(isPdf(png)).toBe(false);
    expect(isPdf(minimalPdf.subarray(0, minimalPdf.byteLength - 8))).toBe(false);
  });

  it("refuses a header buried deep in other bytes", () => {
    const buried = new Uint8Array([...text("A".repeat(100)), ...minimalPdf]);
    expect(isPdf(buried)).toBe(false);
  });
});

describe("attachmentFileName", () => {
  it("keeps a readable name and always ends in .pdf", () => {
    expect(attachmentFileName("Pengumuman CPNS 2026 (final).PDF")).toBe("Pengumuman-CPNS-2026-final.pdf");
    expect(attachmentFileName("../../etc/passwd")).toBe("etc-passwd.pdf");
    expect(attachmentFileName("")).toBe("lampiran.pdf");
  });
});
