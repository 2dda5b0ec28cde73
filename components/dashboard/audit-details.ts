/** A one-line Indonesian summary of an audit event's details (never secrets: none are stored). */
export function summariseDetails(details: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (value === null || value === undefined) continue;
    const label = DETAIL_LABELS[key] ?? key;
    parts.push(`${label}: ${render(value)}`);
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
};

function render(value: unknown): string {
  if (Array.isArray(value)) return value.map(render).join(", ");
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.name === "string") return record.name;
    return Object.entries(record)
      .map(([key, inner]) => `${DETAIL_LABELS[key] ?? key} ${render(inner)}`)
      .join(", ");
  }
  const text = String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
