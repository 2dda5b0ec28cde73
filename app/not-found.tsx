import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteFrame } from "@/components/site/site-frame";

export const metadata: Metadata = { title: "Halaman tidak ditemukan" };

// Unknown addresses, and the public slugs the proxy found missing, render here with a 404 status.
export default function NotFound() {
  return (
    <SiteFrame>
      <NotFoundMessage />
    </SiteFrame>
  );
}
