"use client";

import { useState } from "react";

/** Copies the article's address; announces the result to screen readers. */
export function CopyLinkButton({ url }: { url: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="rounded border border-line px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50"
      >
        Salin tautan
      </button>
      <span role="status" className="ml-2 text-muted">
        {status === "copied"
          ? "Tautan disalin."
          : status === "failed"
            ? "Gagal menyalin; salin dari bilah alamat."
            : ""}
      </span>
    </>
  );
}
