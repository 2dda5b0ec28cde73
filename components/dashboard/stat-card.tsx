import type { ReactNode } from "react";

/** One number on the dashboard home, with optional detail under it. */
export function StatCard({ title, value, children }: { title: string; value: string; children?: ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-1 rounded border border-line bg-paper p-4">
      <h2 className="text-sm font-semibold text-muted">{title}</h2>
      <p className="text-3xl font-bold">{value}</p>
      {children ? <div className="text-sm">{children}</div> : null}
    </section>
  );
}
