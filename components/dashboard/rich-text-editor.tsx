"use client";

import Image from "@tiptap/extension-image";
import Link from "@tiptap/extension-link";
import { TableKit } from "@tiptap/extension-table";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useId, useState } from "react";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/button";
import { EXTERNAL_IMAGE_MESSAGE, isSafeHref, isSafeImageSrc, type ArticleBody } from "@/lib/articles/body";
import { extractDatelineAndSignOff, type DatelineAndSignOff } from "@/lib/import/wordpress/dateline";

/**
 * The article body editor (TipTap 3). Its schema holds only the nodes and marks that
 * lib/articles/body.ts allows, so pasted Word or Google Docs markup loses everything
 * else; styles and classes are stripped before parsing as well. Images copied from other
 * sites are taken out of what is pasted (the portal shows only images it stores), with a
 * message that offers the upload instead. The server parses the JSON again before storing it.
 */

type RichTextEditorProps = {
  value: ArticleBody;
  onChange: (body: ArticleBody) => void;
  /** Uploads an image and returns its URL (/media/…), or an error message. */
  onUploadImage: (file: File, alt: string) => Promise<{ url: string } | { error: string }>;
  labelId: string;
  describedBy?: string;
  invalid?: boolean;
  /** Takes a dateline the writer pasted at the start of the body into the dateline field. */
  onMoveDateline?: (dateline: string) => void;
};

/**
 * A dateline opening the body ("Samarinda –") or a sign-off closing it ("(Prb/ty)"), which the
 * article page prints from fields of their own; null when the body has neither.
 */
function pastedExtras(body: ArticleBody): DatelineAndSignOff | null {
  const found = extractDatelineAndSignOff(body);
  return found.dateline || found.signOff ? found : null;
}

/** Drops inline styles, classes and Office namespaces from pasted HTML. */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?(o|w|v|m):[^>]*>/gi, "")
    .replace(/\s(style|class|id|lang|dir|align|face|size|color)="[^"]*"/gi, "")
    .replace(/\s(style|class|id|lang|dir|align|face|size|color)='[^']*'/gi, "");
}

/**
 * Takes images that are not portal media out of pasted HTML. An address of this site's
 * own media, copied as a full URL, is kept as the path the schema expects. Returns the
 * HTML and how many images were taken out.
 */
export function withoutForeignImages(html: string, origin: string): { html: string; removed: number } {
  const document = new DOMParser().parseFromString(html, "text/html");
  let removed = 0;
  for (const image of Array.from(document.querySelectorAll("img"))) {
    const src = image.getAttribute("src") ?? "";
    let path = src;
    try {
      const url = new URL(src, origin);
      if (url.origin === origin) path = url.pathname;
    } catch {
      // An unparsable address is no portal image; it goes below.
    }
    if (isSafeImageSrc(path)) {
      image.setAttribute("src", path);
    } else {
      image.remove();
      removed += 1;
    }
  }
  return { html: removed > 0 || html.includes("<img") ? document.body.innerHTML : html, removed };
}

type EditorMessage = { text: string; offersUpload?: boolean };

/** TipTap's image plus the photo credit lib/articles/body.ts allows (its caption is `title`). */
const ImageWithCredit = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      credit: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute("data-credit"),
        renderHTML: (attributes: { credit?: string | null }) =>
          attributes.credit ? { "data-credit": attributes.credit } : {},
      },
    };
  },
});

/** Asks for an image's caption and photo credit; null when the writer cancelled. */
function askCaption(current: { title?: string | null; credit?: string | null }) {
  const title = window.prompt("Keterangan gambar (boleh kosong):", current.title ?? "");
  if (title === null) return null;
  const credit = window.prompt("Kredit foto, mis. Humas Pemkot (boleh kosong):", current.credit ?? "");
  if (credit === null) return null;
  return { title: title.trim().slice(0, 300) || null, credit: credit.trim().slice(0, 120) || null };
}

export function RichTextEditor({
  value,
  onChange,
  onUploadImage,
  labelId,
  describedBy,
  invalid,
  onMoveDateline,
}: RichTextEditorProps) {
  const [message, setMessage] = useState<EditorMessage | null>(null);
  // Re-checked on every change: pasting a whole article is the usual way these arrive.
  const [extras, setExtras] = useState<DatelineAndSignOff | null>(() => pastedExtras(value));
  const [dismissed, setDismissed] = useState<string | null>(null);
  const editor = useEditor({
    immediatelyRender: false,
    // TipTap's own stylesheet is in app/globals.css: a style element it injected itself
    // would need the page's CSP nonce.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        code: false,
        codeBlock: false,
        link: false,
        heading: { levels: [2, 3, 4] },
      }),
      Link.configure({
        openOnClick: false,
        autolink: true,
        protocols: ["http", "https", "mailto", "tel"],
        isAllowedUri: (url) => isSafeHref(url),
      }),
      ImageWithCredit.configure({ inline: false, allowBase64: false }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: value,
    editorProps: {
      transformPastedHTML: (html) => {
        const { html: kept, removed } = withoutForeignImages(cleanPastedHtml(html), window.location.origin);
        if (removed > 0) setMessage({ text: EXTERNAL_IMAGE_MESSAGE, offersUpload: true });
        return kept;
      },
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        class:
          "article-body prose-editor min-h-64 space-y-4 rounded-b border border-line bg-white p-4 font-serif text-lg leading-relaxed focus:outline-2 focus:outline-brand-600 [&_blockquote]:border-l-4 [&_blockquote]:pl-4 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:text-xl [&_h3]:font-bold [&_ol]:list-decimal [&_ol]:pl-6 [&_table]:w-full [&_td]:border [&_td]:px-2 [&_th]:border [&_th]:px-2 [&_ul]:list-disc [&_ul]:pl-6",
      },
    },
    onUpdate: ({ editor: current }) => {
      const body = current.getJSON() as ArticleBody;
      setExtras(pastedExtras(body));
      onChange(body);
    },
  });
  const extrasKey = extras ? `${extras.dateline}|${extras.signOff ?? ""}` : null;

  return (
    <div>
      {editor ? (
        <Toolbar editor={editor} onUploadImage={onUploadImage} message={message} setMessage={setMessage} />
      ) : (
        <div className="h-11 rounded-t border border-line bg-wash" />
      )}
      {editor && extras && onMoveDateline && extrasKey !== dismissed ? (
        <ExtrasOffer
          extras={extras}
          onAccept={() => {
            if (extras.dateline) onMoveDateline(extras.dateline);
            editor.commands.setContent(extras.body, { emitUpdate: true });
          }}
          onDismiss={() => setDismissed(extrasKey)}
        />
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}

/**
 * Offers to take a pasted dateline into its field and a pasted sign-off out of the text: left
 * in, the public page shows them twice ("Samarinda – Samarinda - …", "(Prb/ty). (Prb)").
 */
function ExtrasOffer({
  extras,
  onAccept,
  onDismiss,
}: {
  extras: DatelineAndSignOff;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-wrap items-center justify-between gap-3 border-x border-line bg-amber-50 px-4 py-3 text-sm"
    >
      <div>
        <h3 id={headingId} className="font-semibold">
          Dateline atau kode penulis ikut tertempel
        </h3>
        <ul className="mt-1 list-disc pl-5">
          {extras.dateline ? (
            <li>
              Isi diawali dateline “{extras.dateline}”: pindahkan ke kolom Dateline (dicetak tebal di awal berita).
            </li>
          ) : null}
          {extras.signOff ? (
            <li>Isi diakhiri kode “{extras.signOff}”: hapus dari isi (kode penulis/redaktur dicetak otomatis).</li>
          ) : null}
        </ul>
      </div>
      <div className="flex gap-2">
        <button type="button" onClick={onAccept} className={primaryButtonClass}>
          {extras.dateline ? "Pindahkan" : "Hapus dari isi"}
        </button>
        <button type="button" onClick={onDismiss} className={secondaryButtonClass}>
          Biarkan
        </button>
      </div>
    </section>
  );
}

type ToolbarProps = {
  editor: Editor;
  onUploadImage: RichTextEditorProps["onUploadImage"];
  message: EditorMessage | null;
  setMessage: (message: EditorMessage | null) => void;
};

function Toolbar({ editor, onUploadImage, message, setMessage }: ToolbarProps) {
  const fileInputId = useId();
  const say = (text: string) => setMessage(text ? { text } : null);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      h2: current.isActive("heading", { level: 2 }),
      h3: current.isActive("heading", { level: 3 }),
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      bullet: current.isActive("bulletList"),
      ordered: current.isActive("orderedList"),
      quote: current.isActive("blockquote"),
      link: current.isActive("link"),
    }),
  });

  function addLink() {
    const previous = (editor.getAttributes("link").href as string | undefined) ?? "";
    const url = window.prompt("Alamat tautan (http://, https://, mailto:, tel: atau /):", previous);
    if (url === null) return;
    if (url.trim() === "") {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      return;
    }
    if (!isSafeHref(url)) {
      say("Tautan harus diawali http://, https://, mailto:, tel: atau /.");
      return;
    }
    say("");
    editor.chain().focus().extendMarkRange("link").setLink({ href: url.trim() }).run();
  }

  async function addImage(file: File) {
    const alt = window.prompt("Teks alternatif gambar (wajib, untuk pembaca tunanetra):", "")?.trim();
    if (!alt) {
      say("Gambar tidak ditambahkan: teks alternatif wajib diisi.");
      return;
    }
    say("Mengunggah gambar…");
    const result = await onUploadImage(file, alt);
    if ("error" in result) {
      say(result.error);
      return;
    }
    say("");
    const caption = askCaption({}) ?? { title: null, credit: null };
    editor
      .chain()
      .focus()
      .setImage({ src: result.url, alt, ...(caption.title ? { title: caption.title } : {}) })
      .updateAttributes("image", { credit: caption.credit })
      .run();
  }

  function editCaption() {
    if (!editor.isActive("image")) {
      say("Pilih gambar di isi berita dulu, lalu klik Keterangan.");
      return;
    }
    const attributes = editor.getAttributes("image") as { title?: string | null; credit?: string | null };
    const caption = askCaption(attributes);
    if (!caption) return;
    say("");
    editor.chain().focus().updateAttributes("image", caption).run();
  }

  const buttons: { label: string; text: string; active?: boolean; run: () => void }[] = [
    {
      label: "Subjudul (H2)",
      text: "H2",
      active: state.h2,
      run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      label: "Sub-subjudul (H3)",
      text: "H3",
      active: state.h3,
      run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
    },
    { label: "Tebal", text: "B", active: state.bold, run: () => editor.chain().focus().toggleBold().run() },
    { label: "Miring", text: "I", active: state.italic, run: () => editor.chain().focus().toggleItalic().run() },
    {
      label: "Daftar berpoin",
      text: "Berpoin",
      active: state.bullet,
      run: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      label: "Daftar bernomor",
      text: "Bernomor",
      active: state.ordered,
      run: () => editor.chain().focus().toggleOrderedList().run(),
    },
    {
      label: "Kutipan",
      text: "Kutipan",
      active: state.quote,
      run: () => editor.chain().focus().toggleBlockquote().run(),
    },
    { label: "Tautan", text: "Tautan", active: state.link, run: addLink },
    { label: "Sisipkan gambar", text: "Gambar", run: () => document.getElementById(fileInputId)?.click() },
    { label: "Keterangan gambar", text: "Keterangan", run: editCaption },
    {
      label: "Sisipkan tabel",
      text: "Tabel",
      run: () => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
  ];

  return (
    <div>
      <div
        role="toolbar"
        aria-label="Format isi berita"
        className="flex flex-wrap gap-1 rounded-t border border-b-0 border-line bg-wash p-1"
      >
        {buttons.map((button) => (
          <button
            key={button.label}
            type="button"
            {...(button.active !== undefined ? { "aria-pressed": button.active } : {})}
            onClick={button.run}
            className="min-h-9 min-w-9 rounded px-2 text-sm font-semibold text-ink hover:bg-white aria-pressed:bg-brand-700 aria-pressed:text-white"
          >
            {button.label}
          </button>
        ))}
        <input
          id={fileInputId}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void addImage(file);
          }}
        />
      </div>
      <div role="status" className="text-sm text-accent-600">
        {message ? (
          <p className="flex flex-wrap items-center gap-2 py-1">
            {message.text}
            {message.offersUpload ? (
              <button
                type="button"
                onClick={() => document.getElementById(fileInputId)?.click()}
                className="min-h-9 rounded border border-brand-700 px-2 font-semibold text-brand-700 hover:bg-brand-50"
              >
                Unggah gambar
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}
