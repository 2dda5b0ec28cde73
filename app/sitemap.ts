import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/feeds/documents";

// Static like every public page: rendered on its first request (never at build), then cached by tag.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return listSitemapEntries();
}
