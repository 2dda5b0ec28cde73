import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { z } from "zod";
import { WorkflowForm } from "@/components/dashboard/workflow-buttons";
import { getStaffArticle, listRevisions } from "@/lib/articles/staff-queries";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { site } from "@/lib/site";
import { restoreRevisionAction } from "../../actions";
import { revisionReasonLabel } from "@/lib/articles/revision-reasons";

export const metadata: Metadata = { title: "Riwayat revisi", robots: { index: false, follow: false } };

type PageProps = { params: Promise<{ id: string }> };

export default function RevisionsPage({ params }: PageProps) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <Suspense fallback={<p>Memuat riwayat…</p>}>
        <Revisions params={params} />
      </Suspense>
    </div>
  );
}

async function Revisions({ params }: PageProps) {
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  let article;
  let revisions;
  try {
    [article, revisions] = await Promise.all([getStaffArticle(actor, id.data), listRevisions(actor, id.data)]);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const canRestore = can(actor, "article.edit", { writerId: article.writer.id, status: article.status });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/dashboard/artikel/${article.id}`} className="text-brand-700 hover:underline">
          ← Kembali ke editor
        </Link>
      </p>
      <h1 className="font-serif text-2xl font-bold">Riwayat revisi</h1>
      <p className="mb-4 text-muted">{article.title}</p>
      {revisions.length === 0 ? <p>Belum ada revisi.</p> : null}
      <ol className="space-y-3">
        {revisions.map((revision) => (
          <li
            key={revision.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded border border-line p-3"
          >
            <div>
              <p className="font-semibold">
                Versi {revision.version} · {revisionReasonLabel(revision.reason)}
              </p>
              <p className="text-sm text-muted">
                {revision.authorName ?? "Akun terhapus"} · {formatDateTime(revision.createdAt, site.timeZone)}
              </p>
              <p className="text-sm">{revision.title}</p>
            </div>
            {canRestore && revision.version !== article.version ? (
              <WorkflowForm
                action={restoreRevisionAction}
                id={article.id}
                version={article.version}
                label="Pulihkan versi ini"
              >
                <input type="hidden" name="revisionId" value={revision.id} />
              </WorkflowForm>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
