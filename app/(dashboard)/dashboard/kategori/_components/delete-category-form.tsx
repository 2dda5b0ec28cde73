"use client";

import { useActionState } from "react";
import { dangerButtonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure } from "@/lib/action-result";
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
  const hasArticles = category.articleCount > 0;
  return (
    <form action={formAction} className="flex flex-col gap-2" aria-label={`Hapus kategori ${category.name}`}>
      <input type="hidden" name="id" value={category.id} />
      {hasArticles ? (
        <>
          <p className="text-sm">
            Kategori ini berisi {category.articleCount} artikel. Pindahkan semuanya ke kategori lain, lalu hapus.
          </p>
          <SelectField label="Pindahkan artikel ke" name="moveArticlesTo" required defaultValue="">
            <option value="" disabled>
              Pilih kategori…
            </option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </SelectField>
        </>
      ) : null}
      <FormError message={lastFailure(state)?.formError} />
      <div>
        <button type="submit" className={dangerButtonClass} disabled={isPending}>
          {hasArticles ? "Pindahkan artikel dan hapus" : "Hapus kategori"}
        </button>
      </div>
    </form>
  );
}
