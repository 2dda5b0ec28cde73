"use client";

import { useActionState } from "react";
import { dangerButtonClass, inputClass } from "@/components/dashboard/form-controls";
import { deleteCategoryAction } from "../actions";

/**
 * Delete a category. An empty one goes at once; one with articles asks where to move them
 * first ("Pindahkan artikel ke …"), and the move and the delete happen together.
 */
export function DeleteCategoryForm({
  category,
  others,
}: {
  category: { id: string; name: string; articleCount: number };
  others: { id: string; name: string }[];
}) {
  const [state, formAction, isPending] = useActionState(deleteCategoryAction, null);
  const selectId = `pindah-${category.id}`;
  const hasArticles = category.articleCount > 0;
  return (
    <form action={formAction} className="flex flex-col gap-2" aria-label={`Hapus kategori ${category.name}`}>
      <input type="hidden" name="id" value={category.id} />
      {hasArticles ? (
        <>
          <p className="text-sm">
            Kategori ini berisi {category.articleCount} artikel. Pindahkan semuanya ke kategori lain, lalu hapus.
          </p>
          <label htmlFor={selectId} className="text-sm font-semibold">
            Pindahkan artikel ke
          </label>
          <select id={selectId} name="moveArticlesTo" required className={inputClass} defaultValue="">
            <option value="" disabled>
              Pilih kategori…
            </option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {state && !state.ok && state.formError ? (
        <p role="alert" className="text-sm font-semibold text-accent-700">
          {state.formError}
        </p>
      ) : null}
      <div>
        <button type="submit" className={dangerButtonClass} disabled={isPending}>
          {hasArticles ? "Pindahkan artikel dan hapus" : "Hapus kategori"}
        </button>
      </div>
    </form>
  );
}
