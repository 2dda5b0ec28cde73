import { bodyToPlainText, type ArticleBody } from "@/lib/articles/body";
import type { ConflictVersion } from "@/lib/articles/conflict";

type Version = { title: string; excerpt: string; body: ArticleBody };

/**
 * Shown when a save found a newer stored version: the writer's text and the stored one side
 * by side, and the two ways out. Nothing is lost until the writer picks one.
 */
export function ArticleConflictPanel({
  mine,
  stored,
  storedAtTime,
  onLoadStored,
  onOverwrite,
}: {
  mine: Version;
  stored: ConflictVersion;
  /** The stored version's save time with its zone ("14.05 WITA"). */
  storedAtTime: string;
  onLoadStored: () => void;
  onOverwrite: () => void;
}) {
  return (
    <section role="alert" aria-labelledby="konflik-judul" className="rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="konflik-judul" className="text-lg font-bold">
        Artikel ini sudah diubah orang lain
      </h2>
      <p className="text-sm">
        Perubahan Anda belum disimpan dan tetap ada di formulir. Pilih versi yang dipakai. Penyimpanan otomatis
        dihentikan.
      </p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <VersionColumn heading="Versi Anda" version={mine} />
        <VersionColumn heading={`Versi tersimpan oleh ${stored.savedBy} pukul ${storedAtTime}`} version={stored} />
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onLoadStored}
          className="min-h-10 rounded border border-line bg-white px-4 font-semibold"
        >
          Muat versi tersimpan
        </button>
        <button
          type="button"
          onClick={onOverwrite}
          className="min-h-10 rounded bg-accent-600 px-4 font-semibold text-white"
        >
          Timpa dengan versi saya
        </button>
      </div>
    </section>
  );
}

function VersionColumn({ heading, version }: { heading: string; version: Version }) {
  return (
    <section className="min-w-0 rounded border border-line bg-white p-3">
      <h3 className="font-bold">{heading}</h3>
      <p className="mt-2 font-serif text-lg font-bold">{version.title}</p>
      <p className="mt-1 text-sm text-muted">{version.excerpt}</p>
      <div className="mt-2 max-h-64 overflow-y-auto text-sm whitespace-pre-line">{bodyToPlainText(version.body)}</div>
    </section>
  );
}
