import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { ReturnedFlag } from "@/components/dashboard/returned-flag";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { InputField, SelectField } from "@/components/ui/field";
import {
  listCategoryOptions,
  listStaffArticles,
  listWriterOptions,
  type StaffArticleRow,
} from "@/lib/articles/staff-queries";
import { STATUS_LABELS } from "@/lib/articles/status";
import { can, type ArticleStatus } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Artikel", robots: { index: false, follow: false } };

/** Status tabs in the address bar: Indonesian words, not enum names. */
const STATUS_PARAMS = {
  draf: "DRAFT",
  tinjauan: "IN_REVIEW",
  terjadwal: "SCHEDULED",
  terbit: "PUBLISHED",
  arsip: "ARCHIVED",
} as const satisfies Record<string, ArticleStatus>;

type StatusParam = keyof typeof STATUS_PARAMS;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));

const filtersSchema = z.object({
  status: optional(z.enum(Object.keys(STATUS_PARAMS) as [StatusParam, ...StatusParam[]])),
  kategori: optional(z.uuid()),
  penulis: optional(z.uuid()),
  q: optional(z.string().trim().max(100)),
  urut: optional(z.enum(["diperbarui", "terbit", "judul"])),
  halaman: optional(z.coerce.number().int().min(1).max(10_000)),
});

type Filters = z.infer<typeof filtersSchema>;

const SORTS = { diperbarui: "updated", terbit: "published", judul: "title" } as const;

function hrefWith(filters: Filters, changes: Partial<Filters>): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined && value !== "" && !(key === "halaman" && value === 1)) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/dashboard/artikel?${query}` : "/dashboard/artikel";
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function ArticleListPage({ searchParams }: PageProps) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-2xl font-bold">Artikel</h1>
        <Link
          href="/dashboard/artikel/baru"
          className="inline-flex min-h-10 items-center rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          Tulis artikel
        </Link>
      </div>
      <Suspense fallback={<p>Memuat daftar artikel…</p>}>
        <ArticleList searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function ArticleList({ searchParams }: PageProps) {
  const actor = await requireActor();
  const filters = filtersSchema.parse(await searchParams);
  const canViewAll = can(actor, "article.viewAll");
  const [list, categories, writers] = await Promise.all([
    listStaffArticles(actor, {
      status: filters.status ? STATUS_PARAMS[filters.status] : undefined,
      categoryId: filters.kategori,
      writerId: canViewAll ? filters.penulis : undefined,
      q: filters.q || undefined,
      sort: SORTS[filters.urut ?? "diperbarui"],
      page: filters.halaman,
    }),
    listCategoryOptions(),
    listWriterOptions(actor),
  ]);
  const all = Object.values(list.counts).reduce((sum, count) => sum + count, 0);
  const tabs: { param: StatusParam | undefined; label: string; count: number }[] = [
    { param: undefined, label: "Semua", count: all },
    ...(Object.entries(STATUS_PARAMS) as [StatusParam, ArticleStatus][]).map(([param, status]) => ({
      param,
      label: STATUS_LABELS[status],
      count: list.counts[status],
    })),
  ];

  return (
    <>
      <nav aria-label="Status artikel" className="mb-4 overflow-x-auto">
        <ul className="flex gap-1 border-b border-line">
          {tabs.map((tab) => {
            const isCurrent = tab.param === filters.status;
            return (
              <li key={tab.label}>
                <Link
                  href={hrefWith(filters, { status: tab.param, halaman: undefined })}
                  aria-current={isCurrent ? "page" : undefined}
                  className="block border-b-2 border-transparent px-3 py-2 text-sm whitespace-nowrap hover:bg-wash aria-[current=page]:border-brand-700 aria-[current=page]:font-bold"
                >
                  {tab.label} <span className="text-muted">({tab.count})</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <form
        method="get"
        action="/dashboard/artikel"
        className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
        role="search"
        aria-label="Saring artikel"
      >
        {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
        <InputField
          label="Cari judul"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          className="lg:col-span-2"
        />
        <FilterSelect
          name="kategori"
          label="Kategori"
          allLabel="Semua kategori"
          value={filters.kategori}
          options={categories}
        />
        {canViewAll ? (
          <FilterSelect
            name="penulis"
            label="Penulis"
            allLabel="Semua penulis"
            value={filters.penulis}
            options={writers}
          />
        ) : null}
        <SelectField label="Urutkan" name="urut" defaultValue={filters.urut ?? "diperbarui"}>
          <option value="diperbarui">Terakhir diubah</option>
          <option value="terbit">Waktu terbit</option>
          <option value="judul">Judul (A–Z)</option>
        </SelectField>
        <div className="flex items-end">
          <button
            type="submit"
            className="min-h-10 rounded border border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
          >
            Terapkan
          </button>
        </div>
      </form>

      <p className="mb-2 text-sm text-muted" aria-live="polite">
        {list.total} artikel
      </p>
      {list.items.length === 0 ? (
        <p className="rounded border border-line bg-wash p-6 text-center">Tidak ada artikel yang cocok.</p>
      ) : (
        <>
          <table className="hidden w-full border-collapse text-sm md:table">
            <caption className="sr-only">Daftar artikel</caption>
            <thead>
              <tr className="border-b-2 border-line text-left">
                <th scope="col" className="py-2 pr-3">
                  Judul
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3">
                  Penulis
                </th>
                <th scope="col" className="py-2 pr-3">
                  Kategori
                </th>
                <th scope="col" className="py-2">
                  Waktu
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id} className="border-b border-line align-top">
                  <td className="py-2 pr-3">
                    <Link
                      href={`/dashboard/artikel/${item.id}`}
                      className="font-semibold text-brand-700 hover:underline"
                    >
                      {item.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">
                    <StatusBadge status={item.status} />
                    <LateFlag item={item} />
                    <ReturnedFlag returned={item.returned} timeZone={site.timeZone} />
                  </td>
                  <td className="py-2 pr-3">{item.writerName}</td>
                  <td className="py-2 pr-3">{item.categoryName}</td>
                  <td className="py-2">
                    <TimeCell item={item} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="space-y-3 md:hidden">
            {list.items.map((item) => (
              <li key={item.id} className="rounded border border-line p-3">
                <Link href={`/dashboard/artikel/${item.id}`} className="font-semibold text-brand-700 hover:underline">
                  {item.title}
                </Link>
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <StatusBadge status={item.status} />
                  <LateFlag item={item} />
                  <ReturnedFlag returned={item.returned} timeZone={site.timeZone} />
                </div>
                <p className="mt-1 text-sm text-muted">
                  {item.writerName} · {item.categoryName}
                </p>
                <p className="text-sm text-muted">
                  <TimeCell item={item} />
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {list.pageCount > 1 ? (
        <nav aria-label="Halaman daftar artikel" className="mt-4 flex items-center justify-between text-sm">
          {list.page > 1 ? (
            <Link
              href={hrefWith(filters, { halaman: list.page - 1 })}
              rel="prev"
              className="font-semibold text-brand-700 hover:underline"
            >
              ← Sebelumnya
            </Link>
          ) : (
            <span />
          )}
          <span>
            Halaman {list.page} dari {list.pageCount}
          </span>
          {list.page < list.pageCount ? (
            <Link
              href={hrefWith(filters, { halaman: list.page + 1 })}
              rel="next"
              className="font-semibold text-brand-700 hover:underline"
            >
              Berikutnya →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}

function LateFlag({ item }: { item: StaffArticleRow }) {
  if (!item.isLate) return null;
  return (
    <span className="ml-1 inline-block rounded bg-accent-600 px-2 py-0.5 text-xs font-bold text-white">
      Terlambat {item.lateByMinutes} menit
    </span>
  );
}

function TimeCell({ item }: { item: StaffArticleRow }) {
  if (item.status === "SCHEDULED" && item.scheduledAt)
    return <>Jadwal: {formatDateTime(item.scheduledAt, site.timeZone)}</>;
  if (item.publishedAt && item.status === "PUBLISHED")
    return <>Terbit: {formatDateTime(item.publishedAt, site.timeZone)}</>;
  return <>Diubah: {formatDateTime(item.updatedAt, site.timeZone)}</>;
}

type FilterSelectProps = {
  name: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  options: readonly { id: string; name: string }[];
};

/** One list filter: a labelled select whose empty choice means "all". */
function FilterSelect({ name, label, allLabel, value, options }: FilterSelectProps) {
  return (
    <SelectField label={label} name={name} defaultValue={value ?? ""}>
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </SelectField>
  );
}
