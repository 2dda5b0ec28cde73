import { describe, expect, it } from "vitest";
import { makeDocx, makeExecutable, makeOdt, makePdf, makeXlsx, makeZip } from "@/lib/testing/document-files";
import { MACRO_DOCUMENT_MESSAGE, UNSUPPORTED_DOCUMENT_MESSAGE, detectDocumentType } from "./file-type";

const kindOf = (bytes: Uint8Array) => {
  const check = detectDocumentType(bytes);
  return check.ok ? check.type.kind : check.message;
};

describe("detectDocumentType", () => {
  it("recognises real PDF, DOCX, XLSX and ODT files by their bytes", () => {
    expect(kindOf(makePdf())).toBe("pdf");
    expect(kindOf(makeDocx())).toBe("docx");
    expect(kindOf(makeXlsx())).toBe("xlsx");
    expect(kindOf(makeOdt())).toBe("odt");
  });

  it("refuses a renamed executable, plain text and an empty file with the Indonesian reason", () => {
    expect(kindOf(makeExecutable())).toBe(UNSUPPORTED_DOCUMENT_MESSAGE);
    expect(kindOf(new TextEncoder().encode("bukan dokumen"))).toBe(UNSUPPORTED_DOCUMENT_MESSAGE);
    expect(kindOf(new Uint8Array())).toBe(UNSUPPORTED_DOCUMENT_MESSAGE);
  });

  it("refuses a file that only starts like a PDF or a zip", () => {
    const truncated = makePdf().subarray(0, 200);
    expect(kindOf(truncated)).toBe(UNSUPPORTED_DOCUMENT_MESSAGE);
    const fakeZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(100).fill(0)]);
    expect(kindOf(fakeZip)).toBe(UNSUPPORTED_DOCUMENT_MESSAGE);
    // A zip cut short loses its central directory.
    expect(kindOf(makeDocx().subarray(0, 300))).toBe(UNSUPPORTED_DOCUMENT_MESSAGE);
  });

  it("refuses zips that are not office documents (a renamed .jar, an ODT whose mimetype is not first)", () => {
    expect(kindOf(makeZip([{ name: "META-INF/MANIFEST.MF", content: "Main-Class: X" }]))).toBe(
      UNSUPPORTED_DOCUMENT_MESSAGE,
    );
    const misplaced = makeZip([
      { name: "content.xml", content: "<x/>" },
      { name: "mimetype", content: "application/vnd.oasis.opendocument.text" },
    ]);
    expect(kindOf(misplaced)).toBe(UNSUPPORTED_DOCUMENT_MESSAGE);
  });

  it("refuses an Office file with macros", () => {
    const docm = makeZip([
      { name: "[Content_Types].xml", content: "<Types/>" },
      { name: "word/document.xml", content: "<w:document/>" },
      { name: "word/vbaProject.bin", content: "x" },
    ]);
    expect(kindOf(docm)).toBe(MACRO_DOCUMENT_MESSAGE);
  });
});
