import { STATUS_LABELS } from "@/lib/articles/status";
import type { Role } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import type { IndonesianTimeZone } from "@/lib/time";
import { ROLE_LABELS } from "./role-label";

/**
 * A one-line Indonesian summary of an audit event's details (never secrets: none are
 * stored). Keys and coded values (roles, statuses, reasons) are stored as code writes them;
 * staff read them here in Indonesian. A key without a label here is left out rather than
 * shown as an English identifier: add its label when a mutation records a new one.
 */
export function summariseDetails(details: Record<string, unknown>, timeZone: IndonesianTimeZone): string {
  const parts: string[] = [];
  if (details.system === true) parts.push("oleh sistem");
  for (const [key, value] of Object.entries(details)) {
    const label = DETAIL_LABELS[key];
    if (value === null || value === undefined || label === undefined) continue;
    parts.push(`${label}: ${render(value, timeZone)}`);
    if (parts.length >= 5) break;
  }
  return parts.join(" · ");
}

const DETAIL_LABELS: Record<string, string> = {
  username: "akun",
  role: "peran",
  email: "surel",
  from: "dari",
  to: "menjadi",
  changed: "diubah",
  name: "nama",
  slug: "slug",
  direction: "arah",
  movedArticles: "artikel dipindah",
  movedTo: "ke",
  reason: "alasan",
  login: "login",
  ended: "sesi diakhiri",
  retryAfterSeconds: "tunggu (detik)",
  file: "berkas",
  imported: "diimpor",
  skipped: "dilewati",
  failed: "gagal",
  imagesMissing: "gambar hilang",
  imagesImported: "gambar diimpor",
  droppedElements: "elemen dibuang",
  authorsCreated: "penulis dibuat",
  categoriesCreated: "kategori dibuat",
  tagsCreated: "tag dibuat",
  legacyUrls: "alamat lama",
  durationMs: "durasi (ms)",
  aborted: "dihentikan",
  error: "galat",
  source: "sumber",
  note: "catatan",
  scheduledAt: "jadwal",
  cancelled: "jadwal dibatalkan",
  restored: "dipulihkan",
  isFirstPublish: "terbit pertama",
  lateBySeconds: "terlambat (detik)",
  slot: "posisi",
  expiresAt: "berakhir",
  expiredAt: "berakhir",
  publishedAt: "tanggal terbit",
  previousPublishedAt: "tanggal terbit semula",
  // Portal content beyond news (banner, announcements, agenda, pages, documents, gallery).
  title: "judul",
  level: "tingkat",
  message: "pesan",
  hasAttachment: "lampiran",
  attachment: "lampiran",
  bytes: "ukuran (bita)",
  kind: "jenis",
  addedPhoto: "foto ditambah",
  editedPhoto: "foto diubah",
  removedPhoto: "foto dihapus",
  cover: "sampul",
  mediaId: "gambar",
};

/** Coded values as staff name them: roles, statuses, sign-in and session reasons, form fields. */
const VALUE_LABELS: Record<string, string> = {
  ...STATUS_LABELS,
  ...(ROLE_LABELS satisfies Record<Role, string>),
  unknown_account: "akun tidak dikenal",
  wrong_password: "sandi salah",
  deactivated: "akun nonaktif",
  invalid_input: "isian tidak valid",
  rate_limited: "terlalu banyak percobaan",
  sign_out: "keluar",
  ended_by_admin: "diakhiri admin",
  ended_by_owner: "diakhiri pemilik akun",
  password_change: "sandi diganti",
  password_reset: "sandi diatur ulang",
  displayName: "nama tampilan",
  initials: "inisial",
  up: "naik",
  down: "turun",
  wordpress: "WordPress",
  replaced: "diganti",
  kept: "tetap",
  removed: "dihapus",
  WASPADA: "Waspada",
  SIAGA: "Siaga",
  AWAS: "Awas",
  ALBUM: "album foto",
  VIDEO: "video",
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

function render(value: unknown, timeZone: IndonesianTimeZone): string {
  if (Array.isArray(value)) return value.map((item) => render(item, timeZone)).join(", ");
  if (typeof value === "boolean") return value ? "ya" : "tidak";
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.name === "string") return record.name;
    return Object.entries(record)
      .flatMap(([key, inner]) => (DETAIL_LABELS[key] ? [`${DETAIL_LABELS[key]} ${render(inner, timeZone)}`] : []))
      .join(", ");
  }
  if (typeof value === "number") return String(value);
  const text = String(value);
  if (ISO_INSTANT.test(text)) return formatDateTime(new Date(text), timeZone);
  if (typeof value === "string" && VALUE_LABELS[text] !== undefined) return VALUE_LABELS[text];
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
