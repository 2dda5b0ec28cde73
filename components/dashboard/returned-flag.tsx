import type { ReturnInfo } from "@/lib/articles/staff-queries";
import { formatDateTime } from "@/lib/format";
import type { IndonesianTimeZone } from "@/lib/time";

/** "Dikembalikan oleh Tyas, 30 November 2026, 15.20 WITA": a draft an editor sent back to its writer. */
export function ReturnedFlag({ returned, timeZone }: { returned: ReturnInfo | null; timeZone: IndonesianTimeZone }) {
  if (!returned) return null;
  return (
    <span className="mt-1 block text-xs">
      <span className="inline-block rounded bg-amber-200 px-2 py-0.5 font-bold text-ink">Dikembalikan</span>{" "}
      <span className="text-muted">
        oleh {returned.editorName},{" "}
        <time dateTime={returned.at.toISOString()}>{formatDateTime(returned.at, timeZone)}</time>
      </span>
    </span>
  );
}
