import Link from "next/link";
import type { DocumentSearchHit } from "@/lib/documents/queries";

/** Documents matching the search (title, number, issuer, description, a PDF's text), above the news results. */
export function DocumentHits({ hits }: { hits: readonly DocumentSearchHit[] }) {
  if (hits.length === 0) return null;
  return (
    <section aria-labelledby="dokumen-cocok" className="mt-6 rounded border border-line p-4">
      <h2 id="dokumen-cocok" className="font-serif text-lg font-bold">
        Dokumen yang cocok
      </h2>
      <ul className="mt-2 flex flex-col gap-2">
        {hits.map((hit) => (
          <li key={hit.slug}>
            <Link href={`/dokumen/${hit.slug}`} className="font-semibold text-brand-700 hover:underline">
              {hit.title}
            </Link>
            <span className="block text-sm text-muted">
              {[hit.typeLabel, hit.number, String(hit.year), hit.issuer].filter(Boolean).join(" · ")}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
