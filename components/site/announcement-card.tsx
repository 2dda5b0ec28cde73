import Link from "next/link";
import type { AnnouncementCard } from "@/lib/announcements/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import type { IndonesianTimeZone } from "@/lib/time";

/** One announcement in a list: title, dates, whether a PDF is attached, the opening words. */
export function AnnouncementCardView({
  announcement,
  timeZone,
  isArchived = false,
  headingLevel = 2,
}: {
  announcement: AnnouncementCard;
  timeZone: IndonesianTimeZone;
  isArchived?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex flex-col gap-1 border-b border-line pb-4">
      <Heading className="font-serif text-lg leading-snug font-bold">
        <Link href={`/pengumuman/${announcement.slug}`} className="hover:text-brand-700 hover:underline">
          {announcement.title}
        </Link>
      </Heading>
      <p className="text-sm text-muted">
        Diterbitkan {formatDate(announcement.publishedAt, timeZone)} · {isArchived ? "berakhir" : "berlaku sampai"}{" "}
        {formatDateTime(announcement.validUntil, timeZone)}
        {announcement.hasAttachment ? " · lampiran PDF" : null}
      </p>
      {announcement.excerpt ? <p className="text-sm">{announcement.excerpt}</p> : null}
    </article>
  );
}
