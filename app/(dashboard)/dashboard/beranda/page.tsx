import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { ActionButton } from "@/components/dashboard/action-button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listHomePinsForStaff, listPinnableArticles } from "@/lib/home/pins";
import { defaultPinExpiryValue } from "@/lib/home/schema";
import { HOME_SLOTS, homeSlotLabel } from "@/lib/home/slots";
import { site } from "@/lib/site";
import { zoneLabel } from "@/lib/time";
import { unpinHomeArticleAction } from "./actions";
import { PinForm } from "./_components/pin-form";

export const metadata: Metadata = { title: "Beranda", robots: { index: false } };

export default function HomePinsPage() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat beranda…</p>}>
      <HomePinsScreen />
    </Suspense>
  );
}

async function HomePinsScreen() {
  // Request-time from the first line: the session read below must never run during a prerender.
  await connection();
  const actor = await requireActor();
  if (!can(actor, "home.pin")) return <AccessDenied />;
  const [pins, articles] = await Promise.all([listHomePinsForStaff(actor), listPinnableArticles(actor)]);
  const bySlot = new Map(pins.map((pin) => [pin.slot, pin]));
  const tomorrow = defaultPinExpiryValue(site.timeZone);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-8 p-4 sm:p-6">
      <div>
        <h1 className="text-2xl font-bold">Beranda</h1>
        <p className="mt-1 text-muted">
          Sematkan berita utama dan sampai empat berita pilihan, masing-masing sampai waktu yang Anda tentukan. Tanpa
          sematan, berita utama adalah berita terbaru yang bergambar.
        </p>
      </div>
      <section aria-labelledby="sematan-aktif" className="flex flex-col gap-3">
        <h2 id="sematan-aktif" className="text-lg font-bold">
          Sematan saat ini
        </h2>
        <ol className="flex flex-col gap-3">
          {HOME_SLOTS.map((slot) => {
            const pin = bySlot.get(slot);
            return (
              <li key={slot} aria-label={homeSlotLabel(slot)} className="rounded border border-line p-3">
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div>
                    <p className="text-sm font-semibold text-muted">{homeSlotLabel(slot)}</p>
                    {pin ? (
                      <>
                        <p className="font-bold">
                          <Link href={`/berita/${pin.article.slug}`} className="hover:underline">
                            {pin.article.title}
                          </Link>
                        </p>
                        <p className="text-sm text-muted">
                          Sampai {formatDateTime(pin.expiresAt, site.timeZone)}
                          {pin.pinnedBy ? ` · disematkan oleh ${pin.pinnedBy}` : null}
                          {pin.article.isPublished ? null : " · berita ini tidak lagi terbit, jadi tidak tampil"}
                          {slot === 0 && !pin.article.hasCover ? " · tanpa gambar sampul" : null}
                        </p>
                      </>
                    ) : (
                      <p className="text-muted">{slot === 0 ? "Kosong: berita terbaru yang bergambar" : "Kosong"}</p>
                    )}
                  </div>
                  {pin ? (
                    <ActionButton
                      action={unpinHomeArticleAction}
                      fields={{ slot: String(slot) }}
                      label={
                        <>
                          Lepas<span className="sr-only"> {homeSlotLabel(slot)}</span>
                        </>
                      }
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="sematkan-berita" className="flex flex-col gap-3">
        <h2 id="sematkan-berita" className="text-lg font-bold">
          Sematkan berita
        </h2>
        <PinForm articles={articles} defaultExpiresAt={tomorrow} zoneLabel={zoneLabel(site.timeZone)} />
      </section>
    </div>
  );
}
