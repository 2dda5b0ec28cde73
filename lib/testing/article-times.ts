import "server-only";
import { db } from "@/lib/db/client";

/** For e2e specs: where an article stands in the workflow and the instants it carries. */
export async function getTestArticleTimes(id: string) {
  return db.article.findUnique({
    where: { id },
    select: { status: true, scheduledAt: true, publishedAt: true },
  });
}
