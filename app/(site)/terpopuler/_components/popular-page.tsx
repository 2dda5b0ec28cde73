import type { Metadata } from "next";
import { listPopularArticles } from "@/lib/views/queries";
import type { PopularPeriod } from "@/lib/views/schema";
import { site } from "@/lib/site";
import { PeriodSwitch } from "./period-switch";
import { PopularList } from "./popular-list";

export const popularMetadata: Metadata = {
  title: "Berita Terpopuler",
  description: "Berita yang paling banyak dibaca dalam 7 hari, 30 hari terakhir, dan sepanjang waktu.",
  alternates: { canonical: "/terpopuler" },
};

/**
 * /terpopuler for one period. Each period is a static page of its own (proxy.ts serves
 * `?periode=30` from /terpopuler/periode/30), refreshed every few minutes as views come in.
 */
export async function PopularPage({ period }: { period: PopularPeriod }) {
  const articles = await listPopularArticles(period, 20);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="border-b-2 border-brand-700 pb-2 font-serif text-3xl font-bold">Berita Terpopuler</h1>
      <PeriodSwitch active={period} />
      <PopularList articles={articles} period={period} timeZone={site.timeZone} />
    </div>
  );
}
