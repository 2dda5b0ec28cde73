import type { PopularPeriod } from "@/lib/views/schema";

const PERIODS: { value: PopularPeriod; label: string }[] = [
  { value: "7", label: "7 hari" },
  { value: "30", label: "30 hari" },
  { value: "semua", label: "Sepanjang waktu" },
];

/**
 * Links, not buttons: each period has its own address that can be shared and crawled.
 * Plain links (see components/site/pagination.tsx for why not next/link).
 */
export function PeriodSwitch({ active }: { active: PopularPeriod }) {
  return (
    <nav aria-label="Periode" className="mt-4">
      <ul className="flex flex-wrap gap-2 text-sm">
        {PERIODS.map(({ value, label }) => {
          const isActive = value === active;
          return (
            <li key={value}>
              <a
                href={`/terpopuler?periode=${value}`}
                aria-current={isActive ? "page" : undefined}
                className={
                  isActive
                    ? "inline-block rounded-full bg-brand-700 px-4 py-1.5 font-semibold text-white"
                    : "inline-block rounded-full border border-line px-4 py-1.5 text-brand-800 hover:bg-brand-50"
                }
              >
                {label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
