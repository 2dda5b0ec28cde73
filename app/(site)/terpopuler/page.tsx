import type { Metadata } from "next";
import { Suspense } from "react";
import { listPopularArticles } from "@/lib/views/queries";
import { popularSearchParamsSchema } from "@/lib/views/schema";
import { site } from "@/lib/site";
import { PeriodSwitch } from "./_components/period-switch";
import { PopularList } from "./_components/popular-list";

export const metadata: Metadata = {
  title: "Berita Terpopuler",
  description: "Berita yang paling banyak dibaca dalam 7 hari, 30 hari terakhir, dan sepanjang waktu.",
  alternates: { canonical: "/terpopuler" },
};

type PopularRouteProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function PopularRanking({ searchParams }: PopularRouteProps) {
  const { periode } = popularSearchParamsSchema.parse(await searchParams);
  const articles = await listPopularArticles(periode, 20);
  return (
    <>
      <PeriodSwitch active={periode} />
      <PopularList articles={articles} period={periode} timeZone={site.timeZone} />
    </>
  );
}

export default function PopularRoute({ searchParams }: PopularRouteProps) {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="border-b-2 border-brand-700 pb-2 font-serif text-3xl font-bold">Berita Terpopuler</h1>
      <Suspense fallback={<p className="py-12 text-center text-muted">Memuat berita terpopuler…</p>}>
        <PopularRanking searchParams={searchParams} />
      </Suspense>
    </div>
  );
}
