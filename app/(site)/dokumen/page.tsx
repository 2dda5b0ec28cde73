import { NO_DOCUMENT_FILTERS } from "@/lib/documents/routing";
import { DocumentListPage, documentListMetadata } from "./_components/document-list-page";

// Every document, newest first. Filtered lists are ./daftar/[jenis]/[tahun]/[halaman],
// reached from `/dokumen?jenis=…&tahun=…` through proxy.ts.
export const metadata = documentListMetadata(NO_DOCUMENT_FILTERS);

export default function DocumentsRoute() {
  return <DocumentListPage filters={NO_DOCUMENT_FILTERS} />;
}
