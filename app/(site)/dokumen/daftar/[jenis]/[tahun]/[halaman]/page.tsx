import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentListPage, documentListMetadata } from "@/app/(site)/dokumen/_components/document-list-page";
import { parseDocumentSegments } from "@/lib/documents/routing";

// A filtered document list, served for `/dokumen?jenis=…&tahun=…&halaman=…` (proxy.ts).
export const ensureStatic = "navigation";

type RouteProps = { params: Promise<{ jenis: string; tahun: string; halaman: string }> };

/** Nothing is prerendered while building (builds never touch the database). */
export function generateStaticParams() {
  return [{ jenis: "semua", tahun: "semua", halaman: "2" }];
}

async function filtersOf(params: RouteProps["params"]) {
  const { jenis, tahun, halaman } = await params;
  return parseDocumentSegments(jenis, tahun, halaman);
}

export async function generateMetadata({ params }: RouteProps): Promise<Metadata> {
  const filters = await filtersOf(params);
  return filters ? documentListMetadata(filters) : { title: "Halaman tidak ditemukan", robots: { index: false } };
}

export default async function FilteredDocumentsRoute({ params }: RouteProps) {
  const filters = await filtersOf(params);
  if (!filters) notFound();
  return <DocumentListPage filters={filters} />;
}
