import { listFeedEvents } from "@/lib/agenda/queries";
import { buildCalendar } from "@/lib/agenda/ics";
import { absoluteUrl, site } from "@/lib/site";

/**
 * The agenda as an iCalendar subscription (RFC 5545). Cached like the RSS feed: its read is
 * tagged agenda:lists, and proxy.ts names the same key for the edge (documentSurrogateKeys).
 */
export async function GET() {
  const events = await listFeedEvents();
  const body = buildCalendar(events, {
    name: `Agenda ${site.name}`,
    host: new URL(site.url).hostname,
    urlOf: (slug) => absoluteUrl(`/agenda/${slug}`),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="agenda.ics"',
    },
  });
}
