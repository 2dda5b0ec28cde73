import { useState } from "react";
import { bodyToPlainText, type ArticleBody } from "@/lib/articles/body";
import type { ConflictVersion } from "@/lib/articles/conflict";
import { MERGE_FIELD_LABELS, type MergeField, type MergeResult, type MergeValues } from "@/lib/articles/merge";

type Version = { title: string; excerpt: string; body: ArticleBody };

/**
 * Shown when a save found a newer stored version: the writer's text and the stored one side
 * by side, and the two ways out. "Timpa dengan versi saya" merges field by field: what only
 * the other person changed is kept, and only fields both changed are asked about. Nothing is
 * lost until the writer picks.
 */
export function ArticleConflictPanel({
  mine,
  stored,
  storedAtTime,
  onLoadStored,
  onOverwrite,
  merge,
}: {
  mine: Version;
  stored: ConflictVersion;
  /** The stored version's save time with its zone ("14.05 WITA"). */
  storedAtTime: string;
  onLoadStored: () => void;
  onOverwrite: (choices: Partial<Record<MergeField, "mine" | "theirs">>) => void;
  merge: MergeResult<MergeValues>;
}) {
  const [choices, setChoices] = useState<Partial<Record<MergeField, "mine" | "theirs">>>({});
  const names = (fields: readonly MergeField[]) => fields.map((field) => MERGE_FIELD_LABELS[field]).join(", ");
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
      {merge.fromTheirs.length > 0 ? (
        <p className="mt-3 text-sm">
          Jika Anda menimpa, perubahan {stored.savedBy} pada <strong>{names(merge.fromTheirs)}</strong> tetap dipakai:
          Anda tidak mengubah bagian itu.
        </p>
      ) : null}
      {merge.clashes.length > 0 ? (
        <fieldset className="mt-3 rounded border border-line bg-white p-3 text-sm">
          <legend className="px-1 font-semibold">Diubah oleh Anda berdua: pilih yang dipakai</legend>
          <ul className="flex flex-col gap-2">
            {merge.clashes.map((field) => (
              <li key={field} className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <span className="min-w-28 font-semibold">{MERGE_FIELD_LABELS[field]}</span>
                {(["mine", "theirs"] as const).map((side) => (
                  <label key={side} className="flex items-center gap-1">
                    <input
                      type="radio"
                      name={`pilihan-${field}`}
                      checked={(choices[field] ?? "mine") === side}
                      onChange={() => setChoices((current) => ({ ...current, [field]: side }))}
                    />
                    {side === "mine" ? "Versi saya" : `Versi ${stored.savedBy}`}
                  </label>
                ))}
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
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
          onClick={() => onOverwrite(choices)}
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
