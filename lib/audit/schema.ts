import { z } from "zod";
import { isCalendarDay } from "@/lib/time";
import type { AuditAction } from "./record";

/** Every audit action with its Indonesian label, grouped for the filter select. Pure module. */
export const AUDIT_ACTION_GROUPS = [
  {
    label: "Masuk & sandi",
    actions: {
      "auth.sign_in": "Masuk",
      "auth.sign_in_failed": "Gagal masuk",
      "auth.sign_out": "Keluar",
      "auth.sessions_end": "Mengakhiri sesi",
      "auth.password_change": "Mengganti sandi",
    },
  },
  {
    label: "Artikel",
    actions: {
      "article.create": "Membuat artikel",
      "article.update": "Mengubah artikel",
      "article.submit": "Mengajukan tinjauan",
      "article.return": "Mengembalikan ke penulis",
      "article.publish": "Menerbitkan artikel",
      "article.schedule": "Menjadwalkan artikel",
      "article.unpublish": "Membatalkan terbit",
      "article.archive": "Mengarsipkan artikel",
      "article.delete": "Menghapus artikel",
      "article.restore_revision": "Memulihkan revisi",
      "article.import": "Mengimpor dari WordPress",
      "article.backdate": "Mengubah tanggal terbit",
    },
  },
  {
    label: "Kategori, tag & media",
    actions: {
      "category.create": "Membuat kategori",
      "category.update": "Mengubah kategori",
      "category.reorder": "Mengubah urutan kategori",
      "category.delete": "Menghapus kategori",
      "tag.create": "Membuat tag",
      "media.upload": "Mengunggah gambar",
      "media.update_alt": "Mengubah teks alternatif gambar",
    },
  },
  {
    label: "Pengguna",
    actions: {
      "user.create": "Membuat akun",
      "user.update": "Mengubah akun",
      "user.role_change": "Mengubah peran",
      "user.deactivate": "Menonaktifkan akun",
      "user.reactivate": "Mengaktifkan kembali akun",
      "user.password_reset": "Mengatur ulang sandi",
    },
  },
  {
    label: "Situs",
    actions: {
      "site.refresh": "Menyegarkan halaman publik",
      "home.pin": "Menyematkan berita di beranda",
      "home.unpin": "Melepas sematan beranda",
    },
  },
  {
    label: "Peringatan, pengumuman & agenda",
    actions: {
      "banner.raise": "Memasang peringatan darurat",
      "banner.clear": "Menurunkan peringatan darurat",
      "announcement.create": "Membuat pengumuman",
      "announcement.update": "Mengubah pengumuman",
      "announcement.publish": "Menerbitkan pengumuman",
      "announcement.unpublish": "Membatalkan terbit pengumuman",
      "announcement.delete": "Menghapus pengumuman",
      "agenda.create": "Membuat agenda",
      "agenda.update": "Mengubah agenda",
      "agenda.publish": "Menerbitkan agenda",
      "agenda.unpublish": "Membatalkan terbit agenda",
      "agenda.delete": "Menghapus agenda",
    },
  },
  {
    label: "Halaman statis",
    actions: {
      "page.create": "Membuat halaman",
      "page.update": "Mengubah halaman",
      "page.publish": "Menerbitkan halaman",
      "page.unpublish": "Menyembunyikan halaman",
      "page.reorder": "Mengubah urutan menu halaman",
      "page.delete": "Menghapus halaman",
    },
  },
  {
    label: "Dokumen & galeri",
    actions: {
      "document.create": "Mengunggah dokumen",
      "document.update": "Mengubah dokumen",
      "document.publish": "Menerbitkan dokumen",
      "document.unpublish": "Menyembunyikan dokumen",
      "document.delete": "Menghapus dokumen",
      "gallery.create": "Membuat galeri",
      "gallery.update": "Mengubah galeri",
      "gallery.publish": "Menerbitkan galeri",
      "gallery.unpublish": "Menyembunyikan galeri",
      "gallery.delete": "Menghapus galeri",
    },
  },
] as const;

type GroupedActions = (typeof AUDIT_ACTION_GROUPS)[number]["actions"];
type ListedAction = GroupedActions extends infer G ? (G extends Record<infer K, string> ? K : never) : never;

// Compile-time check that the groups list exactly the AuditAction union, no more, no less.
const exhaustive: [AuditAction] extends [ListedAction] ? ([ListedAction] extends [AuditAction] ? true : false) : false =
  true;
void exhaustive;

export const AUDIT_ACTION_LABELS: Record<string, string> = Object.assign(
  {},
  ...AUDIT_ACTION_GROUPS.map((group) => group.actions),
) as Record<string, string>;

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export const AUDIT_PAGE_SIZE = 50;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));
const optionalDay = z
  .string()
  .refine(isCalendarDay)
  .optional()
  .catch(undefined)
  .or(z.literal("").transform(() => undefined));

/**
 * The audit page's query string. Anything malformed is dropped rather than failing the
 * page: a bad link shows the unfiltered list, never an error.
 */
export const auditFilterSchema = z.object({
  action: z
    .enum(AUDIT_ACTIONS as [AuditAction, ...AuditAction[]])
    .optional()
    .catch(undefined),
  actor: optionalText(40).catch(undefined),
  target: optionalText(80).catch(undefined),
  from: optionalDay,
  to: optionalDay,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilterInput = z.infer<typeof auditFilterSchema>;
