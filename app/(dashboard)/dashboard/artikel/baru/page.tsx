import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { EMPTY_BODY } from "@/lib/articles/body";
import { listCategoryOptions } from "@/lib/articles/staff-queries";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { site } from "@/lib/site";
import { ArticleEditor } from "../_components/article-editor";
import { defaultScheduleInputValue } from "../_components/editor-data";

export const metadata: Metadata = { title: "Tulis artikel", robots: { index: false, follow: false } };

export default function NewArticlePage() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <p className="mb-2 text-sm">
        <Link href="/dashboard/artikel" className="text-brand-700 hover:underline">
          ← Daftar artikel
        </Link>
      </p>
      <h1 className="mb-4 font-serif text-2xl font-bold">Tulis artikel</h1>
      <Suspense fallback={<p>Memuat editor…</p>}>
        <NewArticleEditor />
      </Suspense>
    </div>
  );
}

async function NewArticleEditor() {
  const actor = await requireActor();
  const categories = await listCategoryOptions();
  return (
    <ArticleEditor
      articleId={null}
      ownerId={actor.id}
      version={1}
      initial={{
        title: "",
        slug: "",
        dateline: "",
        excerpt: "",
        categoryId: "",
        tagIds: [],
        newTagNames: "",
        body: EMPTY_BODY,
        coverImageId: null,
        coverCaption: "",
      }}
      isSlugFrozen={false}
      categories={categories}
      tags={[]}
      canCreateTags={can(actor, "tag.create")}
      coverUrl={null}
      steps={null}
      timeZone={site.timeZone}
      defaultScheduleAt={defaultScheduleInputValue(site.timeZone)}
      publishTime={null}
      coverAlt=""
    />
  );
}
