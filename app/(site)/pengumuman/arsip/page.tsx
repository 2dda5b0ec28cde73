import { AnnouncementListRoute, announcementListMetadata } from "../_components/announcement-list-route";

// Page 1 of the archive; later pages are ./halaman/[page].
export function generateMetadata() {
  return announcementListMetadata("archive");
}

export default function Page() {
  return <AnnouncementListRoute kind="archive" />;
}
