// Outside the dashboard layout on purpose: the preview shows the article in the public
// site frame, exactly as readers will see it. It checks the session itself.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { z } from "zod";
import { ArticleBodyView } from "@/components/site/article-body";
import { SiteFrame } from "@/components/site/site-frame";
import { getStaffArticle } from "@/lib/articles/staff-queries";
import { STATUS_LABELS } from "@/lib/articles/status";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { formatDate, formatTime } from "@/lib/format";
import { site } from "@/lib/site";

// Staff only, never indexed, and never counted as a view: no ViewBeacon here.
export const metadata: Metadata = { title: "Pratinjau artikel", robots: { index: false, follow: false } };

type PageProps = { params: Promise<{ id: string }> };

export default function PreviewPage({ params }: PageProps) {
  return (
    <SiteFrame>
      <Suspense fallback={<p>Memuat pratinjau…</p>}>
        <Preview params={params} />
      </Suspense>
    </SiteFrame>
  );
}

async function Preview({ params }: PageProps) {
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  let article;
  try {
    article = await getStaffArticle(actor, id.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  if (!can(actor, "article.preview", { writerId: article.writer.id, status: article.status })) notFound();
  const shownAt = article.publishedAt ?? article.scheduledAt ?? new Date();
  const initials = [article.writer.initials, article.editor?.initials].filter(Boolean).join("/");

  return (
    <>
      <div
        role="status"
        className="mx-auto mb-6 flex max-w-3xl flex-wrap items-center justify-between gap-2 rounded border-2 border-amber-500 bg-amber-50 px-4 py-3"
      >
        <strong>Pratinjau — belum terbit</strong>
        <span className="text-sm">
          Status: {STATUS_LABELS[article.status]} ·{" "}
          <Link href={`/dashboard/artikel/${article.id}`} className="font-semibold text-brand-700 underline">
            Kembali ke editor
          </Link>
        </span>
      </div>
      {/* The same header markup as app/(site)/berita/[slug]/page.tsx, without links that would 404 for a draft. */}
      <article className="mx-auto max-w-3xl">
        <p className="text-sm font-bold tracking-wide text-accent-600 uppercase">{article.category.name}</p>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">{article.title}</h1>
        <p className="mt-4 flex flex-wrap gap-x-3 gap-y-1 border-y border-line py-3 text-sm text-muted">
          <span>
            Oleh <span className="font-semibold text-brand-700">{article.writer.displayName}</span>
          </span>
          <time dateTime={shownAt.toISOString()}>
            {formatDate(shownAt, site.timeZone)}, {formatTime(shownAt, site.timeZone)}
          </time>
          <span>Kategori: {article.category.name}</span>
        </p>
        {article.excerpt ? <p className="mt-4 font-serif text-lg text-muted">{article.excerpt}</p> : null}
        <div className="mt-6">
          <ArticleBodyView body={article.body} dateline={article.dateline} signOff={initials ? `(${initials})` : ""} />
        </div>
        {article.tags.length > 0 ? (
          <ul className="mt-8 flex flex-wrap gap-2 text-sm" aria-label="Tag">
            {article.tags.map((tag) => (
              <li key={tag.id} className="inline-block rounded-full bg-brand-50 px-3 py-1 text-brand-800">
                #{tag.name}
              </li>
            ))}
          </ul>
        ) : null}
      </article>
    </>
  );
}
