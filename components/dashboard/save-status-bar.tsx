import { formatClock } from "@/lib/format";
import type { IndonesianTimeZone } from "@/lib/time";
import { retryDelayMs } from "./save-retry";
import type { SaveMode, SaveStatus } from "./use-article-save";

const FAILURE_CAUSES = {
  unavailable: "server basis data tidak tersedia",
  "no-response": "server tidak menjawab",
} as const;

/**
 * The editor's save button and what became of the last save, kept in view at the bottom
 * of the form. A save that may not have arrived is an alert with a retry, and says where
 * the text is safe: in this browser, or, when the browser refused a copy, only on screen.
 */
export function SaveStatusBar({
  status,
  isDirty,
  isCopyStored,
  timeZone,
  onRetry,
}: {
  status: SaveStatus;
  isDirty: boolean;
  /** Whether the browser holds the unsaved text (use-draft-backup.ts). */
  isCopyStored: boolean;
  timeZone: IndonesianTimeZone;
  onRetry: (mode: SaveMode) => void;
}) {
  const isSaving = status.phase === "saving";
  // A retry keeps the failure in view until it has an answer, so the alert is not announced anew each time.
  const failure = status.phase === "failed" ? status : status.phase === "saving" ? status.retrying : undefined;
  return (
    <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-line bg-white/95 py-3">
      {failure ? (
        <div
          role="alert"
          className="flex basis-full flex-wrap items-center gap-x-4 gap-y-2 rounded border-2 border-accent-600 bg-red-50 px-3 py-2"
        >
          <div className="min-w-0 flex-1 basis-64">
            <p className="font-semibold text-accent-700">
              Gagal menyimpan: {FAILURE_CAUSES[failure.reason]}.{" "}
              {isCopyStored
                ? "Perubahan Anda aman di peramban ini."
                : "Peramban ini tidak dapat menyimpan salinannya, jadi jangan tutup halaman ini."}
            </p>
            <p className="text-sm text-muted">
              {isSaving
                ? "Mencoba menyimpan lagi…"
                : `Dicoba lagi otomatis dalam ${Math.round(retryDelayMs(failure.failures) / 1000)} detik.`}
            </p>
          </div>
          <button
            type="button"
            disabled={isSaving}
            onClick={() => onRetry(status.phase === "failed" ? status.mode : "manual")}
            className="min-h-10 rounded border-2 border-accent-600 bg-white px-4 font-semibold text-accent-700 hover:bg-red-100 disabled:opacity-60"
          >
            Coba lagi
          </button>
        </div>
      ) : null}
      <button
        type="submit"
        disabled={isSaving}
        className="min-h-10 rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isSaving ? "Menyimpan…" : "Simpan"}
      </button>
      <p role="status" aria-live="polite" className="text-sm text-muted">
        {statusNote(status, isDirty, timeZone)}
      </p>
    </div>
  );
}

function statusNote(status: SaveStatus, isDirty: boolean, timeZone: IndonesianTimeZone): string {
  switch (status.phase) {
    case "saving":
      return status.retrying ? "" : "Menyimpan…";
    case "saved": {
      const clock = formatClock(new Date(status.savedAt), timeZone);
      return status.mode === "auto" ? `Tersimpan otomatis ${clock}` : `Tersimpan ${clock}`;
    }
    case "failed":
      return "";
    default:
      return isDirty ? "Ada perubahan yang belum disimpan." : "";
  }
}
