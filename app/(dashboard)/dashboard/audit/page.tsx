import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { summariseDetails } from "@/components/dashboard/audit-details";
import { primaryButtonClass } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { listAuditEvents, type AuditRow } from "@/lib/audit/queries";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS, auditFilterSchema, type AuditFilterInput } from "@/lib/audit/schema";
import { requireRoleForPage } from "@/lib/auth/session";
import { formatShortDate, formatTime } from "@/lib/format";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Jejak audit", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat jejak audit…</p>}>
      <AuditScreen searchParams={searchParams} />
    </Suspense>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function queryString(filter: AuditFilterInput, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["action", "actor", "target", "from", "to"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** What an event was about, as staff name it. */
const TARGET_TYPE_LABELS: Record<string, string> = {
  article: "artikel",
  category: "kategori",
  tag: "tag",
  user: "akun",
  media: "gambar",
  session: "sesi",
  site: "situs",
  banner: "peringatan",
  announcement: "pengumuman",
  agenda: "agenda",
  page: "halaman",
  document: "dokumen",
  gallery: "galeri",
};

function targetLink(row: AuditRow) {
  if (!row.targetId) return <span className="text-muted">—</span>;
  const label = row.targetLabel ?? row.targetId;
  if (row.targetType === "user" && row.targetLabel) {
    return (
      <Link href={`/dashboard/pengguna/${row.targetId}`} className="text-brand-700 underline">
        {label}
      </Link>
    );
  }
  if (row.targetType === "article" && row.targetLabel) {
    return (
      <Link href={`/dashboard/artikel/${row.targetId}`} className="text-brand-700 underline">
        {label}
      </Link>
    );
  }
  return (
    <span>
      {row.targetType ? `${TARGET_TYPE_LABELS[row.targetType] ?? row.targetType} ` : ""}
      <span className="break-all">{label}</span>
    </span>
  );
}

async function AuditScreen({ searchParams }: { searchParams: SearchParams }) {
  // Request-time from the first line: the session read below (Auth.js re-signs its cookie
  // with random IVs) must never run during a prerender.
  await connection();
  const actor = await requireRoleForPage("ADMIN");
  if (!actor) return <AccessDenied />;
  const raw = await searchParams;
  const filter = auditFilterSchema.parse({
    action: first(raw.action),
    actor: first(raw.actor),
    target: first(raw.target),
    from: first(raw.from),
    to: first(raw.to),
    page: first(raw.page),
  });
  const { rows, page, hasNext } = await listAuditEvents(actor, filter);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 p-4 sm:p-6">
      <h1 className="text-2xl font-bold">Jejak audit</h1>
      <form
        method="get"
        className="grid gap-3 rounded border border-line p-4 sm:grid-cols-3 lg:grid-cols-6"
        aria-label="Saring jejak audit"
      >
        <SelectField label="Tindakan" name="action" defaultValue={filter.action ?? ""} className="sm:col-span-2">
          <option value="">Semua tindakan</option>
          {AUDIT_ACTION_GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {Object.entries(group.actions).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <InputField label="Pelaku (nama pengguna)" name="actor" defaultValue={filter.actor} />
        <InputField label="ID sasaran" name="target" defaultValue={filter.target} />
        <InputField label={`Dari tanggal (${site.zoneLabel})`} name="from" type="date" defaultValue={filter.from} />
        <InputField label={`Sampai tanggal (${site.zoneLabel})`} name="to" type="date" defaultValue={filter.to} />
        <div className="flex items-end gap-3 sm:col-span-3 lg:col-span-6">
          <button type="submit" className={primaryButtonClass}>
            Saring
          </button>
          <Link href="/dashboard/audit" className="font-semibold text-brand-700 underline">
            Hapus saringan
          </Link>
        </div>
      </form>
      {rows.length === 0 ? (
        <p className="text-muted">Tidak ada catatan yang cocok.</p>
      ) : (
        <div className="overflow-x-auto rounded border border-line">
          <table className="w-full min-w-[800px] border-collapse text-left text-sm">
            <caption className="sr-only">Jejak audit, terbaru di atas, halaman {page}</caption>
            <thead className="bg-wash">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Waktu
                </th>
                <th scope="col" className="px-3 py-2">
                  Pelaku
                </th>
                <th scope="col" className="px-3 py-2">
                  Tindakan
                </th>
                <th scope="col" className="px-3 py-2">
                  Sasaran
                </th>
                <th scope="col" className="px-3 py-2">
                  Rincian
                </th>
                <th scope="col" className="px-3 py-2">
                  IP
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-line align-top">
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={row.createdAt.toISOString()}>
                      {formatShortDate(row.createdAt, site.timeZone)}, {formatTime(row.createdAt, site.timeZone)}
                    </time>
                  </td>
                  <td className="px-3 py-2">{row.actor?.displayName ?? "Sistem"}</td>
                  <td className="px-3 py-2">{AUDIT_ACTION_LABELS[row.action] ?? row.action}</td>
                  <td className="px-3 py-2">{targetLink(row)}</td>
                  <td className="px-3 py-2">{summariseDetails(row.details, site.timeZone) || "—"}</td>
                  <td className="px-3 py-2 font-mono text-xs">{row.ip ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Halaman jejak audit" className="flex gap-4">
        {page > 1 ? (
          <Link
            href={`/dashboard/audit${queryString(filter, page - 1)}`}
            className="font-semibold text-brand-700 underline"
          >
            ← Lebih baru
          </Link>
        ) : null}
        {hasNext ? (
          <Link
            href={`/dashboard/audit${queryString(filter, page + 1)}`}
            className="font-semibold text-brand-700 underline"
          >
            Lebih lama →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
