import { ArticleCard } from "@/components/site/article-card";
import type { IndonesianTimeZone } from "@/lib/time";
import type { PopularArticle } from "@/lib/views/queries";
import type { PopularPeriod } from "@/lib/views/schema";

const EMPTY_MESSAGES: Record<PopularPeriod, string> = {
  "7": "Belum ada berita yang dibaca dalam 7 hari terakhir.",
  "30": "Belum ada berita yang dibaca dalam 30 hari terakhir.",
  semua: "Belum ada berita yang dibaca.",
};

type PopularListProps = { articles: PopularArticle[]; period: PopularPeriod; timeZone: IndonesianTimeZone };

export function PopularList({ articles, period, timeZone }: PopularListProps) {
  if (articles.length === 0) {
    return <p className="py-12 text-center text-muted">{EMPTY_MESSAGES[period]}</p>;
  }
  return (
    <ol aria-label="Peringkat berita" className="mt-6 flex flex-col">
      {articles.map((article, index) => (
        <li key={article.slug} className="flex gap-4 border-b border-line py-4">
          <span aria-hidden="true" className="w-8 shrink-0 font-serif text-3xl leading-none font-bold text-brand-700">
            {index + 1}
          </span>
          <ArticleCard
            article={article}
            timeZone={timeZone}
            variant="ranked"
            headingLevel="h2"
            showExcerpt={false}
            views={article.views}
          />
        </li>
      ))}
    </ol>
  );
}
