import { notFound } from "next/navigation";
import { POPULAR_PERIODS } from "@/lib/articles/routing";
import { PopularPage, popularMetadata } from "@/app/(site)/terpopuler/_components/popular-page";

// `?periode=30` and `?periode=semua` (proxy.ts); both are known, so both are listed here.
export const ensureStatic = "navigation";

export const metadata = popularMetadata;

export function generateStaticParams() {
  return POPULAR_PERIODS.map((periode) => ({ periode }));
}

export default async function PopularPeriodRoute({ params }: { params: Promise<{ periode: string }> }) {
  const { periode } = await params;
  if (periode !== "30" && periode !== "semua") notFound();
  return <PopularPage period={periode} />;
}
