import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { EmergencyBannerView } from "@/components/site/emergency-banner";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getStaffBanner } from "@/lib/banner/queries";
import { defaultBannerExpiry } from "@/lib/banner/schema";
import { formatDateTime } from "@/lib/format";
import { site } from "@/lib/site";
import { BannerForm, ClearBannerForm } from "./_components/banner-form";

export const metadata: Metadata = { title: "Peringatan darurat", robots: { index: false } };

export default function BannerPage() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat peringatan…</p>}>
      <BannerScreen />
    </Suspense>
  );
}

async function BannerScreen() {
  await connection();
  const actor = await requireActor();
  if (!can(actor, "banner.manage")) return <AccessDenied />;
  const banner = await getStaffBanner();
  const defaultExpiresAt = defaultBannerExpiry(site.timeZone);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8 p-4 sm:p-6">
      <div>
        <h1 className="text-2xl font-bold">Peringatan darurat</h1>
        <p className="text-sm text-muted">
          Informasi serta merta (banjir, kebakaran, evakuasi) tampil di atas setiap halaman publik dalam beberapa detik,
          dan hilang sendiri saat waktunya berakhir.
        </p>
      </div>
      <section aria-labelledby="peringatan-aktif" className="flex flex-col gap-3">
        <h2 id="peringatan-aktif" className="text-lg font-bold">
          Sedang tampil
        </h2>
        {banner ? (
          <>
            <div className="overflow-hidden rounded border border-line">
              <EmergencyBannerView banner={banner} isPreview />
            </div>
            <p className="text-sm">
              {banner.message} · dipasang {banner.raisedBy ? `oleh ${banner.raisedBy} ` : ""}pada{" "}
              {formatDateTime(banner.createdAt, site.timeZone)}, berakhir{" "}
              {formatDateTime(banner.expiresAt, site.timeZone)}.
            </p>
            <ClearBannerForm />
          </>
        ) : (
          <p className="text-muted">Tidak ada peringatan yang sedang tampil.</p>
        )}
      </section>
      <section aria-labelledby="pasang-peringatan" className="flex flex-col gap-3">
        <h2 id="pasang-peringatan" className="text-lg font-bold">
          {banner ? "Ganti peringatan" : "Pasang peringatan"}
        </h2>
        <BannerForm defaultExpiresAt={defaultExpiresAt} zoneLabel={site.zoneLabel} />
      </section>
    </div>
  );
}
