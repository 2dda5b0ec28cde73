/**
 * Why a revision was written, as stored (`article_revisions.reason`) and as staff read it
 * in the revision history. Pure module.
 */
export const REVISION_REASON_LABELS = {
  create: "Dibuat",
  autosave: "Simpan otomatis",
  save: "Disimpan",
  submit: "Dikirim ke redaktur",
  return: "Dikembalikan ke penulis",
  publish: "Diterbitkan",
  restore: "Versi lama dipulihkan",
} as const;

export type RevisionReason = keyof typeof REVISION_REASON_LABELS;

/** The label of a stored reason; a reason from a newer version of the code reads as a plain change. */
export function revisionReasonLabel(reason: string): string {
  return (REVISION_REASON_LABELS as Record<string, string>)[reason] ?? "Perubahan";
}
