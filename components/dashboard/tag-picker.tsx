"use client";

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Field } from "@/components/ui/field";
import { TAG_LOOKUP_MAX_IDS, type TagOption } from "@/lib/tags/schema";

/**
 * The article's tags as a combobox (WAI-ARIA 1.2 combobox with a listbox popup): the
 * writer types, up to 20 matching tags come from GET /api/tag, the chosen ones show as
 * chips. A portal keeps thousands of tags, so they are never all loaded. Editors may
 * also add a tag that does not exist yet; it is created when the article is saved.
 *
 * The form's state stays what the server reads: `tagIds` (one hidden input each) and
 * `newTagNames` as one comma-separated text.
 */

const LOOKUP_PATH = "/api/tag";
/** Wait this long after the last key before asking the server. */
const TYPING_PAUSE_MS = 150;

type TagPickerProps = {
  tagIds: string[];
  /** New tags to create on save, comma-separated (the form's `newTagNames`). */
  newTagNames: string;
  /** Names of tags the form may already hold (the article's own); others are looked up. */
  knownTags: readonly TagOption[];
  canCreate: boolean;
  errors?: readonly string[];
  onTagIdsChange: (ids: string[]) => void;
  onNewTagNamesChange: (names: string) => void;
};

type Suggestion = { kind: "tag"; tag: TagOption } | { kind: "create"; name: string };

const splitNames = (names: string) =>
  names
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);

const sameName = (a: string, b: string) => a.localeCompare(b, "id", { sensitivity: "base" }) === 0;

async function lookup(params: URLSearchParams, signal: AbortSignal): Promise<TagOption[]> {
  const response = await fetch(`${LOOKUP_PATH}?${params}`, { signal, headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`tag lookup answered ${response.status}`);
  const body: unknown = await response.json();
  const tags = (body as { tags?: unknown }).tags;
  return Array.isArray(tags)
    ? tags.filter((tag): tag is TagOption => typeof tag?.id === "string" && typeof tag?.name === "string")
    : [];
}

export function TagPicker(props: TagPickerProps) {
  const { tagIds, canCreate, onTagIdsChange, onNewTagNamesChange } = props;
  const newNames = splitNames(props.newTagNames);
  const listboxId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState(() => new Map(props.knownTags.map((tag) => [tag.id, tag.name])));
  const [query, setQuery] = useState("");
  // The server's answer, with the text it answers: a newer text makes it stale at once.
  const [answer, setAnswer] = useState<{ text: string; tags: TagOption[] | null } | null>(null);
  const [isOpen, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  const remember = useCallback(
    (tags: readonly TagOption[]) =>
      setNames((previous) => {
        if (tags.every((tag) => previous.get(tag.id) === tag.name)) return previous;
        const next = new Map(previous);
        for (const tag of tags) next.set(tag.id, tag.name);
        return next;
      }),
    [],
  );

  // Ids the form holds without a name here (a draft restored, the stored version loaded): name them.
  const unnamed = tagIds.filter((id) => !names.has(id));
  const unnamedKey = unnamed.join(",");
  useEffect(() => {
    if (!unnamedKey) return;
    const controller = new AbortController();
    const params = new URLSearchParams(unnamedKey.split(",").map((id) => ["id", id]));
    lookup(params, controller.signal).then(remember, () => undefined);
    return () => controller.abort();
  }, [unnamedKey, remember]);

  // Search as the writer types, after a short pause; a newer query cancels the older request.
  const text = query.trim();
  useEffect(() => {
    if (!text) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      lookup(new URLSearchParams({ q: text }), controller.signal).then(
        (tags) => {
          setAnswer({ text, tags });
          remember(tags);
          setActiveIndex(0);
        },
        () => {
          if (!controller.signal.aborted) setAnswer({ text, tags: null });
        },
      );
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, remember]);

  const status = !text ? "idle" : answer?.text !== text ? "loading" : answer.tags ? "ready" : "failed";
  const results = status === "ready" ? (answer?.tags ?? []) : [];
  const isFull = tagIds.length + newNames.length >= TAG_LOOKUP_MAX_IDS;
  const suggestions: Suggestion[] = [];
  if (text && status === "ready") {
    for (const tag of results) if (!tagIds.includes(tag.id)) suggestions.push({ kind: "tag", tag });
    const typed = splitNames(text).join(", ");
    const isKnown = results.some((tag) => sameName(tag.name, text)) || newNames.some((name) => sameName(name, typed));
    if (canCreate && typed && !isKnown) suggestions.push({ kind: "create", name: typed });
  }
  const isExpanded = isOpen && text !== "" && suggestions.length > 0;
  const active = isExpanded ? suggestions[activeIndex] : undefined;
  const optionId = (index: number) => `${listboxId}-${index}`;

  function choose(suggestion: Suggestion) {
    if (isFull) return;
    if (suggestion.kind === "tag") {
      if (!tagIds.includes(suggestion.tag.id)) onTagIdsChange([...tagIds, suggestion.tag.id]);
    } else {
      // "banjir, longsor" typed at once becomes two new tags.
      const added = splitNames(suggestion.name).filter((name) => !newNames.some((known) => sameName(known, name)));
      onNewTagNamesChange([...newNames, ...added].slice(0, TAG_LOOKUP_MAX_IDS).join(", "));
    }
    setQuery("");
    setOpen(false);
    setActiveIndex(-1);
    inputRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        event.preventDefault();
        setOpen(true);
        if (suggestions.length === 0) return;
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActiveIndex((index) => (index + step + suggestions.length) % suggestions.length);
        return;
      }
      case "Enter":
        // Enter picks a suggestion; it never submits the article form from this field.
        event.preventDefault();
        if (active) choose(active);
        return;
      case "Escape":
        if (isExpanded) {
          event.preventDefault();
          setOpen(false);
        } else if (query) {
          event.preventDefault();
          setQuery("");
        }
        return;
      case "Backspace":
        // CASE: an empty field: Backspace takes back the last chip, as in most tag inputs.
        if (query === "") {
          if (newNames.length > 0) onNewTagNamesChange(newNames.slice(0, -1).join(", "));
          else if (tagIds.length > 0) onTagIdsChange(tagIds.slice(0, -1));
        }
        return;
    }
  }

  const hint = isFull
    ? `Sudah ${TAG_LOOKUP_MAX_IDS} tag, batas satu artikel. Hapus satu untuk menambah yang lain.`
    : canCreate
      ? "Ketik untuk mencari tag; pilih dengan panah dan Enter. Tag yang belum ada dapat ditambahkan."
      : "Ketik untuk mencari tag; pilih dengan panah dan Enter.";

  let announcement = "";
  if (status === "loading") announcement = "Mencari tag…";
  else if (status === "failed") announcement = "Tag tidak dapat dimuat. Coba lagi.";
  else if (status === "ready") {
    const found = suggestions.filter((suggestion) => suggestion.kind === "tag").length;
    announcement = found > 0 ? `${found} tag cocok.` : "Tidak ada tag yang cocok.";
  }

  return (
    <Field label="Tag" hint={hint} errors={props.errors}>
      {(control) => (
        <div className="flex flex-col gap-2">
          {tagIds.map((id) => (
            <input key={id} type="hidden" name="tagIds" value={id} />
          ))}
          <input type="hidden" name="newTagNames" value={newNames.join(", ")} />
          {tagIds.length + newNames.length > 0 ? (
            <ul aria-label="Tag terpilih" className="flex flex-wrap gap-2">
              {tagIds.map((id) => (
                <Chip
                  key={id}
                  name={names.get(id) ?? "Memuat…"}
                  onRemove={() => onTagIdsChange(tagIds.filter((other) => other !== id))}
                />
              ))}
              {newNames.map((name) => (
                <Chip
                  key={`baru-${name}`}
                  name={name}
                  isNew
                  onRemove={() => onNewTagNamesChange(newNames.filter((other) => other !== name).join(", "))}
                />
              ))}
            </ul>
          ) : null}
          <div className="relative">
            <input
              {...control}
              ref={inputRef}
              type="text"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={isExpanded}
              aria-controls={listboxId}
              aria-activedescendant={active ? optionId(activeIndex) : undefined}
              autoComplete="off"
              disabled={isFull}
              value={query}
              placeholder={isFull ? undefined : "Cari tag, misalnya banjir"}
              onChange={(event) => {
                setQuery(event.target.value);
                setOpen(true);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
              onFocus={() => setOpen(true)}
              className="min-h-11 w-full rounded border border-muted bg-paper px-3 py-2 disabled:bg-wash aria-invalid:border-accent-700 aria-invalid:ring-1 aria-invalid:ring-accent-700"
            />
            <ul
              id={listboxId}
              role="listbox"
              aria-label="Saran tag"
              hidden={!isExpanded}
              className="absolute z-10 mt-1 max-h-72 w-full overflow-y-auto rounded border border-line bg-paper py-1 shadow-lg"
            >
              {suggestions.map((suggestion, index) => (
                <li
                  key={suggestion.kind === "tag" ? suggestion.tag.id : "create"}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  // Keep focus in the field: a click must not blur it before it chooses.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(suggestion)}
                  onMouseEnter={() => setActiveIndex(index)}
                  className="cursor-pointer px-3 py-2 aria-selected:bg-brand-50 aria-selected:text-brand-800"
                >
                  {suggestion.kind === "tag" ? (
                    suggestion.tag.name
                  ) : (
                    <>
                      Tambah tag baru “<strong>{suggestion.name}</strong>”
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
          {/* What the search found, for everyone: the list itself only appears when it has options. */}
          <p role="status" aria-live="polite" className="text-sm text-muted empty:hidden">
            {isOpen && text ? announcement : ""}
          </p>
        </div>
      )}
    </Field>
  );
}

function Chip({ name, isNew = false, onRemove }: { name: string; isNew?: boolean; onRemove: () => void }) {
  return (
    <li className="inline-flex items-center gap-1 rounded-full bg-wash py-1 pr-1 pl-3 text-sm">
      <span>{name}</span>
      {isNew ? <span className="text-xs text-muted">(baru)</span> : null}
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Hapus tag ${name}`}
        className="inline-flex size-7 items-center justify-center rounded-full hover:bg-line focus-visible:outline-2 focus-visible:outline-brand-700"
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
