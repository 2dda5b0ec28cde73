/**
 * Copies the article's address. Rendered hidden: public/site.js shows it and does the
 * copying, so a reader without JavaScript never sees a button that does nothing. The
 * status line announces the result to screen readers.
 */
export function CopyLinkButton({ url }: { url: string }) {
  return (
    <>
      <button
        type="button"
        data-copy-link={url}
        hidden
        className="rounded border border-line px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50"
      >
        Salin tautan
      </button>
      <span role="status" data-copy-status className="ml-2 text-muted" />
    </>
  );
}
