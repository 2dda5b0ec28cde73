"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { browserStorage, readAnyDraft } from "./draft-storage";

/**
 * What staff see when a dashboard screen cannot be shown: the database is down (the
 * layout knows, or /api/health says so), or something else failed. Plain Indonesian,
 * no technical details (the error code ties it to the server log), a way to try again,
 * and, in the editor, the assurance that unsaved text is still in this browser.
 */

type Cause = "database" | "server" | "other";

/** The editor's addresses: /dashboard/artikel/baru and /dashboard/artikel/<id>. */
const EDITOR_PATH = /^\/dashboard\/artikel\/(baru|[0-9a-f-]{36})$/;

const TEXT: Record<Cause, { title: string; body: string }> = {
  database: {
    title: "Server basis data sedang tidak tersedia",
    body: "Data dasbor belum dapat dimuat. Coba lagi beberapa saat lagi; jika gangguan berlanjut, hubungi pengelola sistem.",
  },
  server: {
    title: "Server dasbor tidak dapat dihubungi",
    body: "Periksa sambungan internet Anda, lalu coba lagi. Jika gangguan berlanjut, hubungi pengelola sistem.",
  },
  other: {
    title: "Halaman ini gagal dimuat",
    body: "Terjadi gangguan saat memuat halaman ini. Coba lagi; jika gangguan berlanjut, hubungi pengelola sistem dan sebutkan kode gangguan di bawah.",
  },
};

export function DashboardProblem({
  cause,
  digest,
  articleKey,
  onRetry,
}: {
  cause: Cause;
  digest?: string;
  /**
   * In the editor: the article id or "baru", to say whether unsaved text is kept in this
   * browser. Read from the address when not given (the layout's notice does not know).
   */
  articleKey?: string;
  /** Defaults to re-rendering the current page from the server. */
  onRetry?: () => void;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const editedKey = articleKey ?? EDITOR_PATH.exec(pathname)?.[1];
  const [isRetrying, startRetry] = useTransition();
  const [hasCopy, setHasCopy] = useState(false);
  useEffect(() => {
    // Storage exists only in the browser; read after hydration like the editor does.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (editedKey) setHasCopy(readAnyDraft(browserStorage(), editedKey) !== null);
  }, [editedKey]);
  const text = TEXT[cause];
  return (
    <section role="alert" aria-labelledby="gangguan-judul" className="mx-auto max-w-2xl py-12">
      <p className="text-sm font-bold tracking-wide text-accent-700 uppercase">Terjadi gangguan</p>
      <h1 id="gangguan-judul" className="mt-2 text-2xl font-bold">
        {text.title}
      </h1>
      <p className="mt-3 text-muted">{text.body}</p>
      {hasCopy ? (
        <p className="mt-3 rounded border border-brand-100 bg-brand-50 p-3">
          Perubahan artikel Anda yang belum tersimpan aman di peramban ini dan akan ditawarkan kembali saat editor
          terbuka.
        </p>
      ) : null}
      {digest ? <p className="mt-3 text-xs text-muted">Kode gangguan: {digest}</p> : null}
      <p className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          disabled={isRetrying}
          onClick={() => startRetry(() => (onRetry ? onRetry() : router.refresh()))}
          className="min-h-10 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {isRetrying ? "Mencoba…" : "Coba lagi"}
        </button>
        <Link
          href="/dashboard"
          className="inline-flex min-h-10 items-center rounded border border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
        >
          Ke ringkasan dasbor
        </Link>
      </p>
    </section>
  );
}

type ErrorProps = { error: unknown; retry: () => void; articleKey?: string };

/**
 * The body of a dashboard `error.tsx`. Errors from the server arrive without their
 * message in production, so the database is asked directly (/api/health) to tell an
 * outage from anything else.
 */
export function DashboardErrorView({ error, retry, articleKey }: ErrorProps) {
  const [cause, setCause] = useState<Cause | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), 5_000);
    fetch("/api/health", { cache: "no-store", signal: controller.signal })
      .then((response) => setCause(response.status === 503 ? "database" : "other"))
      .catch(() => setCause(controller.signal.aborted ? "database" : "server"))
      .finally(() => window.clearTimeout(timer));
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [error]);
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;
  if (cause === null) {
    return (
      <p role="status" className="mx-auto max-w-2xl py-12 text-muted">
        Memeriksa gangguan…
      </p>
    );
  }
  return <DashboardProblem cause={cause} digest={digest} articleKey={articleKey} onRetry={retry} />;
}
