import { PopularPage, popularMetadata } from "./_components/popular-page";

export const metadata = popularMetadata;

/** The last 7 days; the other periods are ./periode/[periode]. */
export default function PopularRoute() {
  return <PopularPage period="7" />;
}
