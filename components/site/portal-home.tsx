import Link from "next/link";
import { listHomeAnnouncements } from "@/lib/announcements/queries";
import { site } from "@/lib/site";
import { AnnouncementCardView } from "./announcement-card";

/**
 * The home page's block of portal content beyond news: active announcements. Renders
 * nothing when there is none. Cached reads only (the home page is static).
 */
export async function PortalHomeBlocks() {
  const announcements = await listHomeAnnouncements(3);
  if (announcements.length === 0) return null;
  return (
    <div className="mt-12 grid gap-10 md:grid-cols-2">
      <section aria-labelledby="pengumuman-terkini">
        <h2
          id="pengumuman-terkini"
          className="mb-4 flex items-baseline justify-between border-b-2 border-brand-700 pb-1 font-serif text-xl font-bold"
        >
          Pengumuman
          <Link href="/pengumuman" className="font-sans text-sm font-semibold text-brand-700 hover:underline">
            Lihat semua<span className="sr-only"> pengumuman</span>
          </Link>
        </h2>
        <div className="flex flex-col gap-4">
          {announcements.map((announcement) => (
            <AnnouncementCardView
              key={announcement.slug}
              announcement={announcement}
              timeZone={site.timeZone}
              headingLevel={3}
            />
          ))}
        </div>
      </section>
    </div>
  );
}
