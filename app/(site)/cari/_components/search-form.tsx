import Form from "next/form";
import type { CategoryLink } from "@/lib/categories/queries";
import { SEARCH_QUERY_MAX_LENGTH } from "@/lib/search/schema";
import type { SearchTerms } from "./search-href";

type SearchFormProps = {
  terms: SearchTerms;
  categories: readonly CategoryLink[];
};

const fieldClass =
  "mt-1 block min-h-11 w-full rounded border border-muted bg-paper px-3 text-base text-ink focus:border-brand-700";
const labelClass = "text-sm font-semibold text-ink";

/**
 * The search form: a plain GET to /cari, so it works before any script loads (next/form
 * turns it into a client-side navigation once it has). Empty filters simply mean "any".
 */
export function SearchForm({ terms, categories }: SearchFormProps) {
  return (
    <Form
      action="/cari"
      role="search"
      aria-label="Cari berita"
      className="rounded border border-line bg-wash p-4 sm:p-5"
    >
      <div>
        <label htmlFor="cari-q" className={labelClass}>
          Kata kunci
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="cari-q"
            type="search"
            name="q"
            defaultValue={terms.q}
            maxLength={SEARCH_QUERY_MAX_LENGTH}
            placeholder="Misalnya: banjir"
            enterKeyHint="search"
            className={`${fieldClass} mt-0 flex-1`}
          />
          <button
            type="submit"
            className="min-h-11 rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            Cari
          </button>
        </div>
      </div>
      <fieldset className="mt-4 grid gap-4 sm:grid-cols-3">
        <legend className="sr-only">Saring hasil</legend>
        <div>
          <label htmlFor="cari-kategori" className={labelClass}>
            Kategori
          </label>
          <select id="cari-kategori" name="kategori" defaultValue={terms.kategori ?? ""} className={fieldClass}>
            <option value="">Semua kategori</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="cari-dari" className={labelClass}>
            Dari tanggal
          </label>
          <input id="cari-dari" type="date" name="dari" defaultValue={terms.dari ?? ""} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="cari-sampai" className={labelClass}>
            Sampai tanggal
          </label>
          <input id="cari-sampai" type="date" name="sampai" defaultValue={terms.sampai ?? ""} className={fieldClass} />
        </div>
      </fieldset>
    </Form>
  );
}
