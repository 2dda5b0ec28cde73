import { AnnouncementListRoute, announcementListMetadata } from "./_components/announcement-list-route";

// Page 1 of the active announcements; later pages are ./halaman/[page].
export function generateMetadata() {
  return announcementListMetadata("active");
}

export default function Page() {
  return <AnnouncementListRoute kind="active" />;
}
