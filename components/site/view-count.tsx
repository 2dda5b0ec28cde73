import { formatViews } from "@/lib/format";
import { getViewCount } from "@/lib/views/queries";

/** "644 kali dilihat", from a count cached for about a minute (lib/views/queries). */
export async function ViewCount({ articleId }: { articleId: string }) {
  const views = await getViewCount(articleId);
  return <span data-view-count>{formatViews(views)}</span>;
}
