"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { messageOf, type ActionResult } from "@/lib/action-result";
import { refreshPublicSiteAction } from "@/app/(dashboard)/dashboard/actions";

/** "Segarkan halaman publik": drops every cached public page (editors and admins). */
export function SiteRefreshForm() {
  const [result, action, isPending] = useActionState<ActionResult | null>(refreshPublicSiteAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <p className="text-sm text-muted">
        Halaman publik disimpan sementara dan diperbarui sendiri saat artikel berubah, paling lambat lima menit untuk
        angka kunjungan dan berita terpopuler. Segarkan bila ada perubahan yang belum tampil.
      </p>
      <div>
        <Button variant="secondary" isPending={isPending}>
          Segarkan semua halaman publik
        </Button>
      </div>
      <div role="status" aria-live="polite" className="text-sm">
        {result?.ok ? "Semua halaman publik akan dimuat ulang untuk pembaca berikutnya." : null}
      </div>
      <FormError message={result && !result.ok ? messageOf(result) : undefined} />
    </form>
  );
}
