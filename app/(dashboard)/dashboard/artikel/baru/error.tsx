"use client";

import { DashboardErrorView } from "@/components/dashboard/dashboard-problem";

// The new-article editor's own boundary; see ../[id]/error.tsx.
export default function NewArticleError({ error, retry }: { error: unknown; retry: () => void }) {
  return <DashboardErrorView error={error} retry={retry} articleKey="baru" />;
}
