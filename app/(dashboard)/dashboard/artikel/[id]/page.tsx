import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { z } from "zod";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { ArticleBodyView } from "@/components/site/article-body";
import {
  getReviewChanges,
  getStaffArticle,
  listCategoryOptions,
  type ReviewChange,
} from "@/lib/articles/staff-queries";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { mediaVariantUrl, pickVariantWidth } from "@/lib/media/urls";
import { site } from "@/lib/site";
import { ArticleEditor } from "../_components/article-editor";
import { allowedSteps, defaultScheduleInputValue } from "../_components/editor-data";
import { toLocalDateTimeValue } from "@/lib/time";
import { pairRewrites } from "@/lib/articles/revision-diff";

export const metadata: Metadata = { title: "Sunting artikel", robots: { index: false, follow: false } };

type PageProps = { params: Promise<{ id: string }> };

export default function EditArticlePage({ params }: PageProps) {
  return (
    <Suspense fallback={<div className="mx-auto max-w-4xl px-4 py-6">Memuat artikel…</div>}>
      <EditArticle params={params} />
    </Suspense>
  );
}

async function loadArticle(params: PageProps["params"]) {
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  try {
    return { actor, article: await getStaffArticle(actor, id.data) };
  } catch (error) {
    // CASE: someone else's draft is "not found", never "forbidden": existence would leak.
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

const FIELD_LABELS: Record<ReviewChange["field"], string> = {
  title: "Judul",
  excerpt: "Ringkasan",
  dateline: "Dateline",
  category: "Kategori",
  body: "Isi berita",
};

async function EditArticle({ params }: PageProps) {
  const { actor, article } = await loadArticle(params);
  const ref = { writerId: article.writer.id, status: article.status };
  const canEdit = can(actor, "article.edit", ref);
  const isReviewer = can(actor, "article.return", ref) && article.status === "IN_REVIEW";
  const [categories, changes] = await Promise.all([
    listCategoryOptions(),
    isReviewer ? getReviewChanges(actor, article.id) : Promise.resolve([]),
  ]);
  const steps = allowedSteps(actor, article);
  const coverUrl = article.cover
    ? mediaVariantUrl(article.cover.id, pickVariantWidth(article.cover.variantWidths, 480))
    : null;

  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <p className="mb-2 text-sm">
        <Link href="/dashboard/artikel" className="text-brand-700 hover:underline">
          ← Daftar artikel
        </Link>
      </p>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="font-serif text-2xl font-bold">Sunting artikel</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
            <StatusBadge status={article.status} />
            <span>Penulis: {article.writer.displayName}</span>
            {article.publishedAt ? <span>Terbit: {formatDateTime(article.publishedAt, site.timeZone)}</span> : null}
          </p>
        </div>
        <p className="flex gap-3 text-sm">
          {can(actor, "article.preview", ref) ? (
            <Link
              href={`/dashboard/artikel/${article.id}/pratinjau`}
              className="font-semibold text-brand-700 hover:underline"
            >
              Pratinjau
            </Link>
          ) : null}
          <Link
            href={`/dashboard/artikel/${article.id}/riwayat`}
            className="font-semibold text-brand-700 hover:underline"
          >
            Riwayat revisi
          </Link>
        </p>
      </div>

      {article.status === "SCHEDULED" && article.scheduledAt ? (
        <p className="mb-4 rounded border border-brand-100 bg-brand-50 p-3">
          Dijadwalkan terbit {formatDateTime(article.scheduledAt, site.timeZone)}.
          {article.lateByMinutes !== null && article.lateByMinutes > 0 ? (
            <strong className="ml-1 text-accent-700">Terlambat {article.lateByMinutes} menit.</strong>
          ) : null}
        </p>
      ) : null}

      {article.status === "DRAFT" && article.reviewNote ? (
        <section
          role="note"
          aria-labelledby="catatan-redaktur"
          className="mb-4 rounded border-2 border-amber-500 bg-amber-50 p-4"
        >
          <h2 id="catatan-redaktur" className="font-bold">
            Catatan redaktur{article.editor ? ` (${article.editor.displayName})` : ""}
          </h2>
          <p className="mt-1 whitespace-pre-line">{article.reviewNote}</p>
        </section>
      ) : null}

      {isReviewer && changes.length > 0 ? <ReviewChanges changes={changes} /> : null}

      {canEdit ? (
        <ArticleEditor
          key={`${article.version}-${article.status}`}
          articleId={article.id}
          ownerId={actor.id}
          version={article.version}
          initial={{
            title: article.title,
            slug: article.slug,
            dateline: article.dateline,
            excerpt: article.excerpt,
            categoryId: article.categoryId,
            tagIds: article.tags.map((tag) => tag.id),
            newTagNames: "",
            body: article.body,
            coverImageId: article.coverImageId,
            coverCaption: article.coverCaption,
          }}
          isSlugFrozen={article.isSlugFrozen}
          categories={categories}
          tags={article.tags}
          canCreateTags={can(actor, "tag.create")}
          coverUrl={coverUrl}
          steps={steps}
          timeZone={site.timeZone}
          defaultScheduleAt={defaultScheduleInputValue(site.timeZone)}
          coverAlt={article.cover?.alt ?? ""}
          publishTime={
            can(actor, "article.backdate") &&
            (article.status === "PUBLISHED" || article.status === "ARCHIVED") &&
            article.publishedAt
              ? toLocalDateTimeValue(article.publishedAt, site.timeZone)
              : null
          }
        />
      ) : (
        <section aria-labelledby="baca-saja">
          <p id="baca-saja" className="mb-4 rounded border border-line bg-wash p-3">
            {article.status === "IN_REVIEW"
              ? "Artikel ini sedang ditinjau redaktur. Anda dapat membacanya, tetapi tidak dapat mengubahnya."
              : "Anda tidak dapat mengubah artikel dalam status ini."}
          </p>
          <h2 className="font-serif text-2xl font-bold">{article.title}</h2>
          <div className="mt-4">
            <ArticleBodyView body={article.body} dateline={article.dateline} />
          </div>
        </section>
      )}
    </div>
  );
}

function ReviewChanges({ changes }: { changes: ReviewChange[] }) {
  return (
    <section aria-labelledby="perubahan-tinjauan" className="mb-6 rounded border-2 border-brand-600 bg-white p-4">
      <h2 id="perubahan-tinjauan" className="text-lg font-bold">
        Perubahan sejak tinjauan terakhir
      </h2>
      <dl className="mt-2 space-y-3">
        {changes.map((change) => (
          <div key={change.field}>
            <dt className="font-semibold">{FIELD_LABELS[change.field]}</dt>
            {change.field === "body" ? (
              <dd>
                <ul className="mt-1 space-y-1 text-sm">
                  {pairRewrites(change.blocks).map((block, index) =>
                    block.kind === "changed" ? (
                      <li key={index} className="border-l-4 border-amber-500 bg-amber-50 px-2">
                        <span className="sr-only">Diubah: </span>
                        {block.parts.map((part, partIndex) =>
                          part.kind === "added" ? (
                            <ins key={partIndex} className="bg-green-200 no-underline">
                              {part.text}
                            </ins>
                          ) : part.kind === "removed" ? (
                            <del key={partIndex} className="bg-red-200">
                              {part.text}
                            </del>
                          ) : (
                            <span key={partIndex}>{part.text}</span>
                          ),
                        )}
                      </li>
                    ) : (
                      <li
                        key={index}
                        className={
                          block.kind === "added"
                            ? "border-l-4 border-green-600 bg-green-50 px-2"
                            : block.kind === "removed"
                              ? "border-l-4 border-accent-600 bg-red-50 px-2 line-through"
                              : "px-3 text-muted"
                        }
                      >
                        <span className="sr-only">
                          {block.kind === "added"
                            ? "Ditambahkan: "
                            : block.kind === "removed"
                              ? "Dihapus: "
                              : "Tetap: "}
                        </span>
                        {block.kind === "added" ? (
                          <ins className="no-underline">{block.text}</ins>
                        ) : block.kind === "removed" ? (
                          <del>{block.text}</del>
                        ) : (
                          block.text
                        )}
                      </li>
                    ),
                  )}
                </ul>
              </dd>
            ) : (
              <dd className="grid gap-2 text-sm sm:grid-cols-2">
                <p className="bg-red-50 px-2">
                  <span className="font-semibold">Sebelum: </span>
                  <del>{change.before || "(kosong)"}</del>
                </p>
                <p className="bg-green-50 px-2">
                  <span className="font-semibold">Sesudah: </span>
                  <ins className="no-underline">{change.after || "(kosong)"}</ins>
                </p>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  );
}
