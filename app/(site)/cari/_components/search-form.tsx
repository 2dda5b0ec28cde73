import { controlClass, Field, InputField, SelectField } from "@/components/ui/field";
import type { CategoryLink } from "@/lib/categories/queries";
import { SEARCH_QUERY_MAX_LENGTH } from "@/lib/search/schema";
import type { SearchTerms } from "./search-href";

type SearchFormProps = {
  terms: SearchTerms;
  categories: readonly CategoryLink[];
};

/**
 * The search form: a plain GET to /cari, with or without JavaScript. Empty filters simply
 * mean "any"; public/site.js leaves them out of the address when it can.
 */
export function SearchForm({ terms, categories }: SearchFormProps) {
  return (
    <form
      action="/cari"
      method="get"
      data-search-form=""
      role="search"
      aria-label="Cari berita"
      className="rounded border border-line bg-wash p-4 sm:p-5"
    >
      <Field label="Kata kunci">
        {(control) => (
          <div className="flex gap-2">
            <input
              {...control}
              type="search"
              name="q"
              defaultValue={terms.q}
              maxLength={SEARCH_QUERY_MAX_LENGTH}
              placeholder="Misalnya: banjir"
              enterKeyHint="search"
              className={`${controlClass} flex-1`}
            />
            <button
              type="submit"
              className="min-h-11 rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
            >
              Cari
            </button>
          </div>
        )}
      </Field>
      <fieldset className="mt-4 grid gap-4 sm:grid-cols-3">
        <legend className="sr-only">Saring hasil</legend>
        <SelectField label="Kategori" name="kategori" defaultValue={terms.kategori ?? ""}>
          <option value="">Semua kategori</option>
          {categories.map((category) => (
            <option key={category.slug} value={category.slug}>
              {category.name}
            </option>
          ))}
        </SelectField>
        <InputField label="Dari tanggal" type="date" name="dari" defaultValue={terms.dari ?? ""} />
        <InputField label="Sampai tanggal" type="date" name="sampai" defaultValue={terms.sampai ?? ""} />
      </fieldset>
    </form>
  );
}
