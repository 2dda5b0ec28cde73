import { AnnouncementListRoute, announcementListMetadata } from "../../../_components/announcement-list-route";

// Page N ≥ 2, served for `?halaman=N` (proxy.ts).
export const ensureStatic = "navigation";

type RouteProps = { params: Promise<{ page: string }> };

/** Nothing is prerendered while building (builds never touch the database). */
export function generateStaticParams() {
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: RouteProps) {
  return announcementListMetadata("archive", (await params).page);
}

export default async function Page({ params }: RouteProps) {
  return <AnnouncementListRoute kind="archive" rawPage={(await params).page} />;
}
