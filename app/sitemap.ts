import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listSitemapEntries } from "@/lib/feeds/documents";

// connection() keeps the sitemap out of the build: it reads the database and SITE_URL at request time.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  return listSitemapEntries();
}
