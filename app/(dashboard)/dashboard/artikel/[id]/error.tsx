"use client";

import { useParams } from "next/navigation";
import { DashboardErrorView } from "@/components/dashboard/dashboard-problem";

// The editor's own boundary: when anything inside it fails, the form has already written
// its unsaved text to this browser (components/dashboard/use-draft-backup.ts flushes on
// unmount), and this screen says so; the editor offers the text back when it opens again.
export default function EditorError({ error, retry }: { error: unknown; retry: () => void }) {
  const { id } = useParams<{ id: string }>();
  return <DashboardErrorView error={error} retry={retry} articleKey={id} />;
}
