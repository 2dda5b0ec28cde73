import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/site/pagination";
import { formatFileSize } from "@/lib/documents/file-name";
import { listDocuments, listDocumentYears } from "@/lib/documents/queries";
import {
  DOCUMENT_TYPE_PARAM,
  DOCUMENT_YEAR_PARAM,
  documentListHref,
  type DocumentFilters,
} from "@/lib/documents/routing";
import { DOCUMENT_TYPES, DOCUMENT_TYPE_VALUES } from "@/lib/documents/schema";

function heading(filters: DocumentFilters): string {
  const parts = ["Dokumen"];
  if (filters.type) parts.push(DOCUMENT_TYPES[filters.type].label);
  if (filters.year) parts.push(`Tahun ${filters.year}`);
  return parts.join(" · ");
}

export function documentListMetadata(filters: DocumentFilters): Metadata {
  return {
    title: filters.page > 1 ? `${heading(filters)} (halaman ${filters.page})` : heading(filters),
    description: "Unduh dokumen resmi pemerintah daerah: Perda, SK, RKPD, APBD, dan laporan.",
    alternates: { canonical: documentListHref(filters) },
  };
}

const selectClass = "min-h-11 rounded border border-muted bg-paper px-3 py-2";

/**
 * The document list for one combination of filters. Static like every public list: the
 * filter form is a plain GET form, whose query string proxy.ts rewrites to the cached path.
 */
export async function DocumentListPage({ filters }: { filters: DocumentFilters }) {
  const [list, years] = await Promise.all([listDocuments(filters), listDocumentYears()]);
  // CASE: a page past the end, or a filter that matches nothing past page 1.
  if (filters.page > list.pageCount) notFound();
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="font-serif text-3xl font-bold">{heading(filters)}</h1>
      <p className="mt-2 text-muted">Dokumen resmi yang dapat diunduh masyarakat.</p>
      <form
        action="/dokumen"
        method="get"
        className="mt-6 flex flex-wrap items-end gap-3 rounded border border-line p-4"
      >
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Jenis
          <select
            name={DOCUMENT_TYPE_PARAM}
            defaultValue={filters.type ? DOCUMENT_TYPES[filters.type].segment : ""}
            className={selectClass}
          >
            <option value="">Semua jenis</option>
            {DOCUMENT_TYPE_VALUES.map((type) => (
              <option key={type} value={DOCUMENT_TYPES[type].segment}>
                {DOCUMENT_TYPES[type].label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Tahun
          <select
            name={DOCUMENT_YEAR_PARAM}
            defaultValue={filters.year ? String(filters.year) : ""}
            className={selectClass}
          >
            <option value="">Semua tahun</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          Tampilkan
        </button>
      </form>
      <p className="mt-4 text-sm text-muted" role="status">
        {list.total === 0 ? "Tidak ada dokumen yang cocok." : `${list.total.toLocaleString("id-ID")} dokumen`}
      </p>
      <ul className="mt-2 divide-y divide-line border-y border-line">
        {list.items.map((document) => (
          <li key={document.slug} className="py-4">
            <p className="text-xs font-bold tracking-wide text-accent-700 uppercase">
              {document.typeLabel} · {document.year}
            </p>
            <h2 className="mt-1 font-serif text-lg font-bold">
              <Link href={`/dokumen/${document.slug}`} className="text-brand-800 hover:underline">
                {document.title}
              </Link>
            </h2>
            <p className="text-sm text-muted">
              {[
                document.number,
                document.issuer,
                `${document.fileExtension.toUpperCase()}, ${formatFileSize(document.byteSize)}`,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </li>
        ))}
      </ul>
      <Pagination
        page={filters.page}
        pageCount={list.pageCount}
        label="Halaman dokumen"
        hrefFor={(page) => documentListHref({ ...filters, page })}
      />
    </div>
  );
}
