import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

// Rendered on its first request (never served from the build), so it names the deployed SITE_URL.
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/dashboard", "/api/", "/login"] },
    sitemap: [absoluteUrl("/sitemap.xml"), absoluteUrl("/news-sitemap.xml")],
  };
}
