/**
 * File names of documents: what the reader's browser is offered when downloading. Pure module.
 */

/**
 * The uploaded name made safe to store and send: no folders, no control or quote
 * characters, at most 200 characters, always ending in the extension the bytes prove
 * (a "laporan.pdf.exe" that is a real PDF is offered as "laporan.pdf.pdf", never as .exe).
 */
export function storedFileName(uploaded: string, extension: string, fallback: string): string {
  const base = uploaded
    .split(/[\\/]/)
    .pop()
    ?.normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"*:<>?|]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .slice(0, 190)
    .trim();
  return `${base || fallback}.${extension}`;
}

/**
 * `Content-Disposition: attachment` naming the file: an ASCII `filename` for old clients
 * (other characters become "_") and RFC 5987's `filename*` with the UTF-8 name.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** "1,2 MB", "350 KB": a size as readers read it. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / (1024 * 1024)).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("id-ID")} KB`;
}
