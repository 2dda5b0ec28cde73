import { getActiveBanner, type ActiveBanner } from "@/lib/banner/queries";
import { EMERGENCY_LEVEL_LABELS, type EmergencyLevel } from "@/lib/banner/schema";
import { formatDateTime } from "@/lib/format";
import { site } from "@/lib/site";

// Text on each colour keeps at least 4.5:1 contrast (WCAG AA).
const LEVEL_CLASS: Record<EmergencyLevel, string> = {
  WASPADA: "bg-yellow-300 text-ink border-yellow-600",
  SIAGA: "bg-orange-700 text-white border-orange-900",
  AWAS: "bg-accent-700 text-white border-accent-700",
};

/** The banner; `isPreview` (the dashboard) drops role="alert", which belongs to the public pages. */
export function EmergencyBannerView({ banner, isPreview = false }: { banner: ActiveBanner; isPreview?: boolean }) {
  const isInternal = banner.linkUrl?.startsWith("/") ?? false;
  return (
    <div role={isPreview ? undefined : "alert"} className={`border-b-4 ${LEVEL_CLASS[banner.level]}`}>
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3">
        <p className="font-bold">
          <span className="mr-2 inline-block rounded-sm border border-current px-1.5 text-sm tracking-wide uppercase">
            {EMERGENCY_LEVEL_LABELS[banner.level]}
          </span>
          {banner.message}
        </p>
        {banner.linkUrl ? (
          <a
            href={banner.linkUrl}
            className="font-semibold underline underline-offset-4"
            {...(isInternal ? {} : { rel: "noopener noreferrer" })}
          >
            Selengkapnya<span className="sr-only"> tentang peringatan ini</span>
          </a>
        ) : null}
        <p className="text-sm">Berlaku hingga {formatDateTime(banner.expiresAt, site.timeZone)}</p>
      </div>
    </div>
  );
}

/**
 * The emergency banner (informasi serta merta) above every public page, or nothing. Reads
 * only the cached banner (lib/banner/queries.ts), whose tag every page thus carries.
 */
export async function EmergencyBanner() {
  const banner = await getActiveBanner();
  return banner ? <EmergencyBannerView banner={banner} /> : null;
}
