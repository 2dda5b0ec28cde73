"use client";

import { useId, useRef, useState } from "react";
import { primaryButtonClass } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { messageOf } from "@/lib/action-result";
import { DEFAULT_PHOTO_CREDIT, MAX_BULK_PHOTOS } from "@/lib/gallery/schema";
import { IMAGE_LIMITS, IMAGE_TOO_LARGE_MESSAGE } from "@/lib/media/limits";
import { addAlbumPhotoAction, refreshAlbumAction } from "../actions";

type Failure = { name: string; message: string };

// Two at a time: the server decodes at most two images at once per process (lib/media), so
// more in flight would only queue there, and one slow photo does not hold up the rest.
const PARALLEL = 2;

/**
 * Up to 50 photos at once: each goes through the image pipeline as its own request, so a
 * refused file (too large, not an image) is reported by name and the others still arrive.
 * A progress bar counts them; the album list refreshes at the end.
 */
export function BulkPhotoUpload({ albumId }: { albumId: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [credit, setCredit] = useState(DEFAULT_PHOTO_CREDIT);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const statusId = useId();
  const isBusy = progress !== null && progress.done < progress.total;

  async function uploadAll() {
    const files = [...(inputRef.current?.files ?? [])];
    setFailures([]);
    if (files.length === 0) {
      setMessage("Pilih foto dulu.");
      return;
    }
    if (files.length > MAX_BULK_PHOTOS) {
      setMessage(`Paling banyak ${MAX_BULK_PHOTOS} foto sekali unggah; Anda memilih ${files.length}.`);
      return;
    }
    setMessage(null);
    setProgress({ done: 0, total: files.length });
    const queue = [...files];
    const failed: Failure[] = [];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        let failure: string | null = null;
        if (file.size > IMAGE_LIMITS.maxBytes) failure = IMAGE_TOO_LARGE_MESSAGE;
        else {
          const data = new FormData();
          data.set("albumId", albumId);
          data.set("file", file);
          data.set("credit", credit);
          try {
            const result = await addAlbumPhotoAction(data);
            if (!result.ok) failure = messageOf(result) ?? "Gagal mengunggah.";
          } catch {
            failure = "Koneksi terputus. Coba unggah foto ini lagi.";
          }
        }
        if (failure) failed.push({ name: file.name, message: failure });
        setProgress((current) => (current ? { ...current, done: current.done + 1 } : current));
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, files.length) }, worker));
    setFailures(failed);
    if (inputRef.current) inputRef.current.value = "";
    await refreshAlbumAction(albumId);
  }

  return (
    <section aria-labelledby={`${statusId}-judul`} className="flex flex-col gap-3 rounded border border-line p-4">
      <h2 id={`${statusId}-judul`} className="text-lg font-bold">
        Unggah foto
      </h2>
      <InputField
        label="Foto"
        name="photos"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/avif"
        multiple
        ref={inputRef}
        hint={`JPEG, PNG, WebP atau AVIF, paling besar 10 MB per foto, paling banyak ${MAX_BULK_PHOTOS} sekali unggah. Keterangan tiap foto diisi setelah terunggah.`}
        hasRequiredMark={false}
        disabled={isBusy}
      />
      <InputField
        label="Kredit foto"
        name="credit"
        maxLength={120}
        value={credit}
        onChange={(event) => setCredit(event.target.value)}
        disabled={isBusy}
      />
      <div>
        <button type="button" className={primaryButtonClass} onClick={() => void uploadAll()} disabled={isBusy}>
          {isBusy ? "Mengunggah…" : "Unggah foto"}
        </button>
      </div>
      {message ? (
        <p role="alert" className="text-sm font-semibold text-accent-700">
          {message}
        </p>
      ) : null}
      {progress ? (
        <div className="flex flex-col gap-1">
          <progress
            value={progress.done}
            max={progress.total}
            aria-labelledby={statusId}
            className="h-3 w-full accent-brand-700"
          />
          <p id={statusId} role="status" className="text-sm">
            {progress.done} dari {progress.total} foto diproses
            {progress.done === progress.total ? `, ${progress.total - failures.length} terunggah.` : "…"}
          </p>
        </div>
      ) : null}
      {failures.length > 0 ? (
        <div role="alert" className="text-sm text-accent-700">
          <p className="font-semibold">{failures.length} foto tidak terunggah:</p>
          <ul className="list-disc pl-5">
            {failures.map((failure, index) => (
              <li key={`${failure.name}-${index}`}>
                {failure.name}: {failure.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
