import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { ActionButton } from "@/components/dashboard/action-button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listCategoriesForStaff } from "@/lib/categories/staff-queries";
import { moveCategoryAction } from "./actions";
import { CategoryForm } from "./_components/category-form";
import { DeleteCategoryForm } from "./_components/delete-category-form";

export const metadata: Metadata = { title: "Kategori", robots: { index: false } };

export default function CategoriesPage() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat kategori…</p>}>
      <CategoriesScreen />
    </Suspense>
  );
}

async function CategoriesScreen() {
  // Request-time from the first line: the session read below (Auth.js re-signs its cookie
  // with random IVs) must never run during a prerender.
  await connection();
  const actor = await requireActor();
  if (!can(actor, "category.manage")) return <AccessDenied />;
  const categories = await listCategoriesForStaff(actor);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-8 p-4 sm:p-6">
      <h1 className="text-2xl font-bold">Kategori</h1>
      <section aria-labelledby="urutan-kategori" className="flex flex-col gap-3">
        <h2 id="urutan-kategori" className="text-lg font-bold">
          Urutan di menu ({categories.length})
        </h2>
        <ol className="flex flex-col gap-3">
          {categories.map((category, index) => (
            <li
              key={category.id}
              aria-labelledby={`kategori-${category.id}-nama`}
              className="rounded border border-line p-3"
            >
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div>
                  <p id={`kategori-${category.id}-nama`} className="font-bold">
                    <span className="text-muted">{index + 1}.</span> {category.name}
                  </p>
                  <p className="text-sm text-muted">
                    /kategori/{category.slug} · {category.articleCount} artikel
                  </p>
                </div>
                <div className="flex gap-2">
                  {index > 0 ? (
                    <ActionButton
                      action={moveCategoryAction}
                      fields={{ id: category.id, direction: "up" }}
                      label={
                        <>
                          <span aria-hidden="true">↑</span> Naik<span className="sr-only"> {category.name}</span>
                        </>
                      }
                    />
                  ) : null}
                  {index < categories.length - 1 ? (
                    <ActionButton
                      action={moveCategoryAction}
                      fields={{ id: category.id, direction: "down" }}
                      label={
                        <>
                          <span aria-hidden="true">↓</span> Turun<span className="sr-only"> {category.name}</span>
                        </>
                      }
                    />
                  ) : null}
                </div>
              </div>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-semibold text-brand-700">
                  Ubah atau hapus <span className="sr-only">{category.name}</span>
                </summary>
                <div className="mt-3 flex flex-col gap-4">
                  <CategoryForm
                    values={{
                      id: category.id,
                      name: category.name,
                      slug: category.slug,
                      description: category.description,
                    }}
                  />
                  <DeleteCategoryForm
                    category={category}
                    others={categories.filter((other) => other.id !== category.id)}
                  />
                </div>
              </details>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="kategori-baru" className="flex flex-col gap-3 rounded border border-line p-4">
        <h2 id="kategori-baru" className="text-lg font-bold">
          Kategori baru
        </h2>
        <CategoryForm key={categories.length} />
      </section>
    </div>
  );
}
