import { useEffect, useRef } from "react";
import { formatDateTime } from "@/lib/format";
import type { IndonesianTimeZone } from "@/lib/time";
import type { StoredDraft } from "./draft-storage";

/**
 * Shown when the editor opens and this browser still holds text that never reached the
 * server (a failed save, a closed tab, a crash). The form waits behind it: restoring puts
 * the text back, discarding removes the copy. Focus moves here so the choice is not missed.
 */
export function DraftRestorePrompt({
  draft,
  currentVersion,
  timeZone,
  onRestore,
  onDiscard,
}: {
  draft: StoredDraft;
  /** The stored article's version now; a copy from an older one will meet a conflict check on save. */
  currentVersion: number;
  timeZone: IndonesianTimeZone;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const title = draft.values.title.trim();
  return (
    <section
      role="alert"
      aria-labelledby="pulihkan-judul"
      className="rounded border-2 border-brand-600 bg-brand-50 p-4"
    >
      <h2 id="pulihkan-judul" ref={heading} tabIndex={-1} className="text-lg font-bold focus:outline-none">
        Pulihkan perubahan yang belum tersimpan?
      </h2>
      <p className="mt-1 text-sm">
        Peramban ini masih menyimpan perubahan Anda yang belum sampai ke server, terakhir diketik{" "}
        <time dateTime={draft.savedAt} className="font-semibold">
          {formatDateTime(new Date(draft.savedAt), timeZone)}
        </time>
        .
      </p>
      {title ? (
        <p className="mt-1 text-sm">
          Judul: <span className="font-semibold">{title}</span>
        </p>
      ) : null}
      {draft.baseVersion !== currentVersion ? (
        <p className="mt-1 text-sm">
          Artikel ini sudah disimpan lagi sejak itu. Setelah dipulihkan, saat menyimpan Anda akan diminta memilih versi
          yang dipakai.
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onRestore}
          className="min-h-10 rounded bg-brand-700 px-4 font-semibold text-white"
        >
          Pulihkan
        </button>
        <button
          type="button"
          onClick={onDiscard}
          className="min-h-10 rounded border border-line bg-white px-4 font-semibold"
        >
          Buang
        </button>
      </div>
    </section>
  );
}
