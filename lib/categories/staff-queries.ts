import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export type StaffCategory = {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  articleCount: number;
};

/** EDITOR and ADMIN. Categories in masthead order with how many articles (any status) each holds. */
export async function listCategoriesForStaff(actor: Actor): Promise<StaffCategory[]> {
  assertCan(actor, "category.manage");
  const rows = await db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      position: true,
      _count: { select: { articles: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, articleCount: _count.articles }));
}
