import "server-only";
import { env } from "@/lib/env";
import { zoneLabel } from "@/lib/time";

/** Who publishes this portal and where: the identity every page, feed and sitemap uses. */
export const site = {
  name: env.SITE_NAME,
  publisher: env.SITE_PUBLISHER,
  region: env.SITE_REGION,
  tagline: env.SITE_TAGLINE,
  url: env.SITE_URL.replace(/\/+$/, ""),
  timeZone: env.SITE_TIME_ZONE,
  zoneLabel: zoneLabel(env.SITE_TIME_ZONE),
  contact: {
    email: env.SITE_CONTACT_EMAIL,
    phone: env.SITE_CONTACT_PHONE,
    address: env.SITE_ADDRESS,
  },
} as const;

/** Absolute URL on this portal for a path ("/berita/x" → "https://…/berita/x"). */
export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith("/") ? path : `/${path}`}`;
}
