import type { ArticleStatus } from "@/lib/auth/permissions";
import { STATUS_LABELS } from "@/lib/articles/status";

const STYLES: Record<ArticleStatus, string> = {
  DRAFT: "bg-wash text-ink border-line",
  IN_REVIEW: "bg-amber-50 text-amber-900 border-amber-300",
  SCHEDULED: "bg-brand-50 text-brand-800 border-brand-100",
  PUBLISHED: "bg-green-50 text-green-900 border-green-300",
  ARCHIVED: "bg-zinc-100 text-zinc-700 border-zinc-300",
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${STYLES[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
