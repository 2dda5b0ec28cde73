import "server-only";

/**
 * The text of a PDF, for search only (documents.search_vector). unpdf bundles Mozilla's
 * PDF.js for servers: pure JavaScript, no network, no native code. A PDF that is scanned
 * images, encrypted or malformed yields "" and the document is found by its details alone;
 * extraction never fails an upload. Bounded in time and length so a hostile PDF cannot hold
 * the server.
 */

const MAX_TEXT_CHARS = 200_000;
const TIMEOUT_MS = 15_000;

export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  try {
    const { extractText, getDocumentProxy } = await import("unpdf");
    const work = (async () => {
      // PDF.js may detach the buffer it is given: hand it a copy.
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      const { text } = await extractText(pdf, { mergePages: true });
      return text;
    })();
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve(""), TIMEOUT_MS).unref());
    const text = await Promise.race([work, timeout]);
    // Postgres text cannot hold NUL; whitespace runs carry nothing for search.
    return text
      .replace(/\u0000/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, MAX_TEXT_CHARS);
  } catch (error) {
    console.warn("PDF text extraction failed; the document is searchable by its details only.", error);
    return "";
  }
}
